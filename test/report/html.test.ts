import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/html/index.tsx';
import { RATING_LABELS } from '../../src/report/html/rating.tsx';
import { SECTION_TEXTS } from '../../src/report/html/texts.ts';
import { HOSTILE, hostileReport, schagenReport } from '../fixtures/report-schagen.ts';
import { blocks, collapse, unescapeHtml, visibleText } from './html-text.ts';

const report = schagenReport();
const html = renderReportHtml(report);
const text = visibleText(html);

describe('renderReportHtml: content', () => {
  it('shows every figure with its value, comparison and rating in one block', () => {
    const figureBlocks = blocks(html, '<div class="figure-block">').map(visibleText);
    const shown = report.sections.flatMap((section) => {
      const replaced = SECTION_TEXTS[section.id].replacedFigures ?? [];
      return section.figures.filter((figure) => !replaced.includes(figure.id));
    });
    expect(shown.length).toBeGreaterThan(25);
    for (const figure of shown) {
      const block = figureBlocks.find((b) => b.startsWith(collapse(figure.label)));
      expect(block, figure.id).toBeDefined();
      expect(block).toContain(figure.value.text);
      if (figure.comparison) {
        expect(block).toContain(figure.comparison.label);
        expect(block).toContain(figure.comparison.measure.text);
      }
      if (figure.rating) expect(block).toContain(RATING_LABELS[figure.rating]);
      if (figure.reason) expect(block).toContain(figure.reason);
    }
  });

  it('shows the star score that replaces the 2.1 star figure', () => {
    expect(text).toContain('Schagen: 4 van 5 sterren');
    for (const criterion of report.stars.criteria) expect(text).toContain(criterion.label);
  });

  it('shows all 16 tiles with label and rating in words', () => {
    const tiles = blocks(html, '<li class="tile ').map(visibleText);
    expect(tiles).toHaveLength(16);
    const all = report.summary.flatMap((group) => group.tiles);
    all.forEach((tile, i) => {
      expect(tiles[i]).toContain(tile.label);
      expect(tiles[i]).toContain(RATING_LABELS[tile.rating]);
    });
    expect(tiles.filter((t) => t.includes('(Nog) niet in orde'))).toHaveLength(5);
  });

  it('shows every table row, cells in order, and the notes', () => {
    for (const table of report.sections.flatMap((section) => section.tables)) {
      expect(text).toContain(table.title);
      for (const row of table.rows) expect(text).toContain(collapse(row.join(' ')));
      for (const note of table.notes) expect(text).toContain(note);
    }
    const duplicates = blocks(html, '<tr>').filter((row) => row.includes('<td class="num">'));
    expect(duplicates.length).toBeGreaterThanOrEqual(26);
  });

  it('shows the source, goal and explanation of every section', () => {
    for (const section of report.sections) {
      const own = SECTION_TEXTS[section.id];
      expect(text).toContain(`${section.id} ${section.title}`);
      expect(text).toContain(`Bron: ${own.source}`);
      expect(text).toContain(`Doel: ${own.goal}`);
      for (const paragraph of own.explanation) expect(text).toContain(paragraph);
    }
  });

  it('shows the appendices: ratings, terms with contact, sources, imports, versions', () => {
    for (const explanation of report.appendices.ratings) {
      for (const rule of explanation.rules) expect(text).toContain(rule.when);
    }
    expect(text).toMatch(/Een monitor aanvragen ?: Monitorteam, monitor@example\.nl/);
    expect(text).toContain('Landelijke voorzieningen november 2016 maandelijks 3.1, 3.2, 3.3, 3.4');
    expect(text).toContain('Softwarecatalogus 23-1-2017 dagelijks');
    expect(text).toContain('landelijke_voorzieningen 30-11-2016 landelijke_voorzieningen.csv');
    expect(text).toContain('Versie 1.14, 1-12-2016');
    expect(text).toContain('versie 1.14 van de methodiek, geldig vanaf 1 december 2016');
  });

  it('names the national basis and the peer group', () => {
    expect(text).toContain('de 388 gemeenten die op de peildatum 23-1-2017 bestonden');
    expect(text).toContain('de 95 gemeenten die net als uw gemeente 4 sterren hebben');
    expect(text).toContain('Gemiddelde van gemeenten met 4 sterren (95 gemeenten)');
  });

  it('shows the help entries of a section in that section', () => {
    const section12 = html.slice(html.indexOf('id="s-1-2"'), html.indexOf('id="s-1-3"'));
    expect(section12).toContain('href="mailto:peilingen@example.nl"');
    expect(section12).toContain('href="https://example.nl/burgerpeiling"');
  });
});

describe('renderReportHtml: empty tables and reasons', () => {
  it('shows the empty text instead of an empty table, and a tile its reason', () => {
    const changed = schagenReport();
    const section = changed.sections.find((s) => s.id === '2.3');
    const table = section?.tables[0];
    if (!section || !table) throw new Error('fixture: no 2.3 table');
    table.rows = [];
    const tile = changed.summary[1]?.tiles[1];
    if (!tile) throw new Error('fixture: no 2.2 tile');
    tile.rating = 'no data';
    tile.reason = 'Te weinig referentiecomponenten gevuld om te beoordelen.';
    const out = renderReportHtml(changed);
    const part = out.slice(out.indexOf('id="s-2-3"'), out.indexOf('id="s-2-4"'));
    expect(part).not.toContain('<table');
    expect(visibleText(part)).toContain(`${table.title}: ${table.emptyText}`);
    const tileText = visibleText(blocks(out, '<li class="tile ')[6] ?? '');
    expect(tileText).toContain('Dubbele functionaliteit');
    expect(tileText).toContain('Geen gegevens beschikbaar');
    expect(tileText).toContain('Te weinig referentiecomponenten gevuld om te beoordelen.');
  });
});

describe('renderReportHtml: document structure', () => {
  it('is a Dutch HTML5 document with a title, one h1 and one main', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain(
      '<title>Monitor Doelgerichte Digitalisering – Schagen – 23-1-2017</title>',
    );
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html.match(/<main[ >]/g)).toHaveLength(1);
  });

  it('renders only the <main> element for embedding when not standalone', () => {
    const fragment = renderReportHtml(report, { standalone: false });
    expect(fragment.startsWith('<main>')).toBe(true);
    expect(fragment.endsWith('</main>')).toBe(true);
    expect(fragment).not.toMatch(/<html|<head>|<style|<title/);
    expect(visibleText(fragment)).toContain('Schagen: 4 van 5 sterren');
  });

  it('never skips a heading level', () => {
    const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, i) => {
      expect(level, `heading ${i + 2}`).toBeLessThanOrEqual((levels[i] ?? 0) + 1);
    });
  });

  it('gives every table a caption and every header cell a scope', () => {
    const tables = html.match(/<table[ >]/g) ?? [];
    expect(tables.length).toBeGreaterThan(10);
    expect(html.match(/<caption>/g)).toHaveLength(tables.length);
    const headerCells = html.match(/<th[ >][^>]*/g) ?? [];
    for (const cell of headerCells) expect(cell).toMatch(/scope="(col|row)"/);
  });

  it('inlines its stylesheet with A4 print rules and loads nothing', () => {
    expect(html).toMatch(/@page\s*{\s*size: A4;/);
    expect(html).toContain('thead {\n  display: table-header-group;');
    expect(html).not.toMatch(/<link|<script|<img|<iframe|@import|url\(/i);
  });

  it('wraps each chart in a figure with an accessible name stating both values', () => {
    const charts = blocks(html, '<figure class="chart"');
    expect(charts).toHaveLength(13);
    expect(html).toContain(
      'aria-label="Staafdiagram Gemiddelde volwassenheid van producten voor burgers. Schagen: 68%; Landelijk gemiddelde: 59%."',
    );
    for (const chart of charts) {
      expect(chart).toMatch(/^><div class="chart__image" role="img" aria-label="[^"]+">\s*<svg/);
      expect(chart).toContain('<figcaption>');
    }
  });
});

describe('renderReportHtml: hostile data', () => {
  const hostile = hostileReport();
  const out = renderReportHtml(hostile);

  it('escapes markup in names, cells, notes and help topics', () => {
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<img/i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const shown = visibleText(out);
    expect(shown).toContain(`Gemeente ${HOSTILE}`);
    expect(shown).toContain(`${HOSTILE} & "B.V."`);
    expect(shown).toContain('Let op: <img src=x onerror=alert(2)>');
    expect(unescapeHtml(out.match(/<title>([^<]*)<\/title>/)?.[1] ?? '')).toContain(HOSTILE);
  });

  it('does not turn a javascript: address into a link', () => {
    expect(out).not.toMatch(/href="javascript:/i);
    expect(visibleText(out)).toContain('javascript:alert(3)');
  });

  it('has no event handlers and no style attributes carrying data', () => {
    expect(out).not.toMatch(/\son[a-z]+="/i);
    const styles = [...out.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) {
      expect(style).toMatch(
        /^font-size:12px;font-family:Liberation Sans, DejaVu Sans, sans-serif;(font-weight:bold;)?$/,
      );
    }
  });
});
