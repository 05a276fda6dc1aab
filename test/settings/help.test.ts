import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHelpSettings, SettingsError } from '../../src/settings/help.ts';
import { makeTempDir, removeDir } from '../store/helpers.ts';

describe('loadHelpSettings', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await makeTempDir('help');
  });

  afterAll(async () => {
    await removeDir(dir);
  });

  it('should read the shipped settings with an entry for every help place of the report', async () => {
    const entries = await loadHelpSettings();
    const sections = new Set(entries.map((e) => e.section));
    for (const section of [
      '1.2',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      'bijlage-2',
    ]) {
      expect(sections).toContain(section);
    }
    const surveys = entries.filter((e) => e.section === '1.2').map((e) => e.topic);
    expect(surveys).toEqual([
      'Deelname aan de Burgerpeiling',
      'Deelname aan de Ondernemerspeiling',
    ]);
    // Placeholders only: no real person's address may ship.
    for (const entry of entries) {
      if (entry.email !== null) expect(entry.email).toMatch(/@voorbeeld\.nl$/);
    }
  });

  it('should name the file and the field of a bad entry, in Dutch', async () => {
    const path = join(dir, 'bad.json');
    const entry = { section: '3.9', topic: 'x', contact: null, email: 'geen-adres', url: null };
    await writeFile(path, JSON.stringify({ entries: [entry] }));
    const error = await loadHelpSettings(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsError);
    const message = (error as Error).message;
    expect(message).toContain(path);
    expect(message).toMatch(/entries\[0\]\.section: Ongeldige optie/);
    expect(message).toMatch(/entries\[0\]\.email: Ongeldig/);
  });

  it('should read the file MDD_HELP_SETTINGS names', async () => {
    const path = join(dir, 'own.json');
    const entry = {
      section: 'bijlage-2',
      topic: 'Aanvragen',
      contact: null,
      email: null,
      url: null,
    };
    await writeFile(path, JSON.stringify({ entries: [entry] }));
    process.env.MDD_HELP_SETTINGS = path;
    try {
      expect(await loadHelpSettings()).toEqual([entry]);
    } finally {
      delete process.env.MDD_HELP_SETTINGS;
    }
  });

  it('should refuse a file that is no JSON, or missing, naming it', async () => {
    const path = join(dir, 'broken.json');
    await writeFile(path, '{ "entries": [ ');
    await expect(loadHelpSettings(path)).rejects.toThrow(`${path} is geen geldige JSON`);
    await expect(loadHelpSettings(join(dir, 'none.json'))).rejects.toThrow('bestaat niet');
  });
});
