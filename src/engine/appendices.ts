/**
 * The appendices that come from data: how each theme is rated (written from the methodology
 * settings, so it can never drift from what was computed), the sources used and the history.
 */
import { historyUpTo } from '../methodology/index.ts';
import type { ComparisonRule, Methodology } from '../methodology/types.ts';
import { formatMonthYear, formatShortDate } from '../report/format.ts';
import {
  RATINGS,
  type Rating,
  type RatingExplanation,
  type SectionId,
  type SourceDate,
  type VersionEntry,
} from '../report/model.ts';
import type { SourceImports, TableName } from '../sources/tables.ts';

type Outcome = { rating: Rating; when: string };

/** Groups the conditions of a comparison rule by the rating they lead to. */
function describeComparison(rule: ComparisonRule, reference: string, zero?: string): Outcome[] {
  const conditions: [keyof ComparisonRule, string][] = [
    ['above', `hoger dan ${reference}`],
    ['equal', `gelijk aan ${reference}`],
    ['below', `lager dan ${reference}`],
  ];
  if (rule.zero !== undefined && zero !== undefined) conditions.push(['zero', zero]);
  return RATINGS.flatMap((rating) => {
    const matching = conditions.filter(([key]) => rule[key] === rating).map(([, text]) => text);
    if (matching.length === 0) return [];
    const when = matching.join(' of ');
    return [{ rating, when: when.charAt(0).toUpperCase() + when.slice(1) }];
  });
}

function theme(
  name: string,
  sections: SectionId[],
  rules: Outcome[],
  note: string | null = null,
): RatingExplanation {
  return { theme: name, sections, rules, note };
}

const noData = (when: string): Outcome => ({ rating: 'no data', when });

export function describeRatings(m: Methodology): RatingExplanation[] {
  const c = m.catalogue;
  const national = 'het landelijk gemiddelde';
  const peers = 'het gemiddelde van de gemeenten met evenveel sterren';
  const gate =
    `Heeft de gemeente minder dan ${c.gateFewerThan} referentiecomponenten gevuld (met een ` +
    `pakketversie met de status ${c.inUseStatuses.join(' of ')}), dan krijgen de thema's 2.2 ` +
    't/m 2.5 de beoordeling "geen gegevens": er is dan te weinig bekend om ze te beoordelen.';
  const yes = (rating: Rating, when: string): Outcome => ({ rating, when });
  return [
    theme(
      'Digitale volwassenheid',
      ['1.1'],
      [...describeComparison(m.maturity.rule, national), noData('Geen waargenomen producten')],
      'De tegel vergelijkt het gemiddelde over alle waargenomen producten voor burgers en ' +
        'ondernemers samen.',
    ),
    theme(
      'Waardering (digitale) dienstverlening',
      ['1.2'],
      [
        ...describeComparison(m.satisfaction.rule, national),
        noData('De gemeente heeft niet aan de peiling deelgenomen'),
      ],
      'De tegel beoordeelt de waardering van de digitale dienstverlening.',
    ),
    theme(
      'Voorzieningen voor digitale dienstverlening',
      ['1.3'],
      describeComparison(m.facilities.rule, national),
    ),
    theme(
      'Telefonie 14+',
      ['1.4'],
      [
        yes(m.phone14.operational, 'Het 14+ nummer is operationeel'),
        yes(m.phone14.technicallyConnected, 'Technisch aangesloten, nog niet operationeel'),
        yes(m.phone14.notConnected, 'Niet aangesloten'),
        noData('De gemeente staat niet in de rapportage'),
      ],
    ),
    theme(
      'Gebruik en vulling Softwarecatalogus',
      ['2.1'],
      [
        yes(
          c.use.bothMet,
          `Meer dan ${c.use.componentsMoreThan} referentiecomponenten gevuld én de laatste ` +
            `wijziging minder dan ${c.use.recentChangeDays} dagen voor de peildatum`,
        ),
        yes(c.use.oneMet, 'Aan één van die twee voorwaarden voldaan'),
        yes(c.use.noneMet, 'Aan geen van beide voldaan, of geen account op de Softwarecatalogus'),
      ],
      gate,
    ),
    theme('Dubbele functionaliteit', ['2.2'], describeComparison(c.duplicatesRule, peers), gate),
    theme(
      'Te vervangen pakketten',
      ['2.3'],
      describeComparison(c.replaceRule, `de norm van ${c.replaceNorm} pakketversies`),
      gate,
    ),
    theme(
      'Gebruik standaarden',
      ['2.4'],
      describeComparison(c.standardsRule, peers, 'geen enkele standaard opgevoerd'),
      gate,
    ),
    theme('Ontzorgen met SaaS', ['2.5'], describeComparison(c.saasRule, peers), gate),
    theme(
      'Landelijke voorzieningen',
      ['3.1', '3.2', '3.3', '3.4'],
      [
        yes(m.nationalFacilities.connected, 'Aangesloten'),
        yes(m.nationalFacilities.notConnected, 'Niet aangesloten'),
        noData('De gemeente staat niet in de rapportage'),
      ],
    ),
    theme(
      'Gemeentelijk Gegevensknooppunt',
      ['3.5'],
      [
        yes(m.dataHub.active, 'De afgelopen maand actief'),
        yes(m.dataHub.inactive, 'De afgelopen maand niet actief'),
        noData('De gemeente staat niet in de rapportage'),
      ],
    ),
  ];
}

const SECTIONS_OF: Record<TableName, SectionId[]> = {
  gemeenten: [],
  referentiecomponenten: ['1.3', '2.1', '2.2'],
  standaarden: ['2.4'],
  pakketversies: ['1.1', '2.3', '2.4', '2.5'],
  gemeente_pakketversies: ['1.1', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5'],
  koppelingen: ['2.1', '2.4'],
  gemeente_profielen: ['2.1'],
  digitale_volwassenheid: ['1.1'],
  peilingen: ['1.2'],
  telefonie14: ['1.4'],
  landelijke_voorzieningen: ['3.1', '3.2', '3.3', '3.4'],
  ggk: ['3.5'],
};

export function describeSources(m: Methodology, imports: SourceImports): SourceDate[] {
  return Object.values(imports).map((used) => {
    const setting = m.sources[used.table];
    const shownAs =
      setting.shownAs === 'day'
        ? formatShortDate(used.dataDate)
        : setting.shownAs === 'month'
          ? formatMonthYear(used.dataDate)
          : used.dataDate.slice(0, 4);
    return {
      table: used.table,
      source: setting.source,
      dataDate: used.dataDate,
      shownAs,
      refresh: setting.refresh,
      sections: SECTIONS_OF[used.table],
      fileName: used.fileName,
    };
  });
}

export function describeVersions(m: Methodology): VersionEntry[] {
  return historyUpTo(m).map((v) => ({ version: v.version, date: v.date, changes: v.changes }));
}
