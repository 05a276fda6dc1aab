/** Helpers for reading rendered report HTML in tests (not a test file itself). */

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

export function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Visible text of an HTML fragment: no stylesheet, no chart SVG, tags become spaces. */
export function visibleText(html: string): string {
  const withoutCode = html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ');
  return collapse(unescapeHtml(withoutCode.replace(/<[^>]+>/g, ' ')));
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The HTML of every element opened by `openTag` (up to the next one), e.g. figure blocks. */
export function blocks(html: string, openTag: string): string[] {
  return html.split(openTag).slice(1);
}
