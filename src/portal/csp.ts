/**
 * The Content-Security-Policy: nothing loads but our own stylesheets and images, no script
 * runs, no framing, forms post only to us. The report's charts (server-rendered SVG) carry a
 * few `style` attributes; a page that embeds them allows exactly those values by hash
 * ('unsafe-hashes' with sha256), never inline style in general.
 */
import { createHash } from 'node:crypto';

const BASE_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'none'",
  "img-src 'self' data:",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'none'",
];

export function contentSecurityPolicy(styleAttributeHashes: string[] = []): string {
  const styles =
    styleAttributeHashes.length === 0
      ? "style-src 'self'"
      : `style-src 'self' 'unsafe-hashes' ${styleAttributeHashes.map((h) => `'${h}'`).join(' ')}`;
  return [BASE_DIRECTIVES[0], styles, ...BASE_DIRECTIVES.slice(1)].join('; ');
}

/** `sha256-…` of every distinct `style="…"` value in `html`, as the browser hashes it. */
export function styleAttributeHashes(html: string): string[] {
  const values = new Set<string>();
  for (const match of html.matchAll(/\sstyle="([^"]*)"/g)) {
    if (match[1] !== undefined) values.add(unescapeAttribute(match[1]));
  }
  return [...values].map(
    (value) => `sha256-${createHash('sha256').update(value, 'utf8').digest('base64')}`,
  );
}

function unescapeAttribute(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
