/**
 * The help entries every report shows (contacts and links per section), kept by the monitor
 * team in `config/help.json` or in the file `MDD_HELP_SETTINGS` names. Checked on load so
 * that a typo in the settings stops a run with a message naming the file and the field.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { type HelpEntry, SECTION_IDS } from '../report/model.ts';

export const DEFAULT_HELP_SETTINGS_PATH = fileURLToPath(
  new URL('../../config/help.json', import.meta.url),
);

const helpEntrySchema = z.strictObject({
  section: z.enum([...SECTION_IDS, 'bijlage-2']),
  topic: z.string().trim().min(1),
  contact: z.string().trim().min(1).nullable(),
  email: z.email().nullable(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
});

const helpSettingsSchema = z.strictObject({
  /** Free text for whoever edits the file. */
  note: z.string().optional(),
  entries: z.array(helpEntrySchema),
});

/** The settings file is missing, is no JSON, or does not match the schema. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Reads and checks the help settings; `path` defaults to `MDD_HELP_SETTINGS`, then config. */
export async function loadHelpSettings(
  path: string = process.env.MDD_HELP_SETTINGS || DEFAULT_HELP_SETTINGS_PATH,
): Promise<HelpEntry[]> {
  const data = parseJson(await readText(path), path);
  const result = helpSettingsSchema.safeParse(data, { error: z.locales.nl().localeError });
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${formatPath(issue.path)}: ${issue.message}`,
    );
    throw new SettingsError(
      `De hulpinstellingen in ${path} kloppen niet:\n  ${problems.join('\n  ')}`,
    );
  }
  return result.data.entries;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'bestaat niet' : String(error);
    throw new SettingsError(`Het bestand met hulpinstellingen ${path} ${reason}.`);
  }
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new SettingsError(
      `Het bestand met hulpinstellingen ${path} is geen geldige JSON: ${detail}`,
    );
  }
}

/** `entries[2].email`, the way the file's author would point at the field. */
function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(het hele bestand)';
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}
