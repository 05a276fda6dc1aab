/**
 * Checking the regional session form: name, date, municipalities (code or name, one per line,
 * in the register at the latest reference date) and invited addresses, with Dutch reasons.
 */
import type { Engine } from '../engine/index.ts';
import { parseDutchDate, parseMunicipalityCode } from '../sources/parse.ts';
import { normalizeEmail } from './access.ts';
import type { SessionFormValues } from './pages/regional-forms.tsx';
import type { SessionDraft } from './regional.ts';

const MAX_INVITES = 200;

function lines(text: string): string[] {
  return text
    .split(/[\r\n,;]+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The draft when the form holds, else the Dutch reasons why not. */
export function checkSessionForm(
  values: SessionFormValues,
  engine: Engine | null,
): { draft: SessionDraft | null; errors: string[] } {
  const errors: string[] = [];
  if (values.name === '') errors.push('Geef de regiosessie een naam.');
  if (values.name.length > 200) errors.push('De naam is te lang (hoogstens 200 tekens).');
  const date = parseDutchDate(values.date);
  if (date === null) errors.push('Geef de datum als dag-maand-jaar, zoals 14-3-2017.');

  const register = engine?.municipalities ?? [];
  const municipalities: string[] = [];
  for (const line of lines(values.municipalities)) {
    const code = parseMunicipalityCode(line);
    const byName = register.find((m) => m.name.toLowerCase() === line.toLowerCase());
    const found = register.find((m) => m.code === code) ?? byName;
    if (found) municipalities.push(found.code);
    else errors.push(`"${line}" is geen gemeente in het gemeentenregister.`);
  }
  if (lines(values.municipalities).length === 0) errors.push('Noem ten minste één gemeente.');

  const invites: string[] = [];
  for (const line of lines(values.invites)) {
    const email = normalizeEmail(line);
    if (email) invites.push(email);
    else errors.push(`"${line}" is geen geldig e-mailadres.`);
  }
  if (invites.length > MAX_INVITES) errors.push(`Nodig hoogstens ${MAX_INVITES} adressen uit.`);

  if (errors.length > 0 || date === null) return { draft: null, errors };
  return {
    draft: {
      name: values.name,
      date,
      municipalities: [...new Set(municipalities)],
      invites: [...new Set(invites)],
    },
    errors,
  };
}
