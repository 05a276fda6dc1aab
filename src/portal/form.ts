/**
 * Reading posted forms. A form that cannot be parsed, or holds bytes that are no UTF-8
 * (they decode to U+FFFD), is refused with the Dutch 400 page before any route sees it.
 */
import { type PortalContext, refusal } from './context.ts';

export type FormFields = Record<string, string | File>;

export async function readForm(c: PortalContext): Promise<FormFields> {
  let fields: Record<string, unknown>;
  try {
    fields = await c.req.parseBody();
  } catch {
    throw badForm(c);
  }
  for (const [key, value] of Object.entries(fields)) {
    if (key.includes('\uFFFD')) throw badForm(c);
    if (typeof value === 'string' && value.includes('\uFFFD')) throw badForm(c);
    if (typeof value !== 'string' && !(value instanceof File)) throw badForm(c);
  }
  return fields as FormFields;
}

/** A text field, or '' when it is absent or a file. */
export function textField(fields: FormFields, name: string): string {
  const value = fields[name];
  return typeof value === 'string' ? value : '';
}

function badForm(c: PortalContext) {
  return refusal(
    c,
    400,
    'Ongeldig formulier',
    'Het formulier kon niet worden gelezen. Gebruik gewone tekst en probeer het opnieuw.',
  );
}
