/**
 * The broken-file corpus, table-driven from test/sources/corpus/manifest.json: every broken file
 * gives exactly the Dutch messages listed (and so is refused whole), every look-alike gives
 * exactly the rows listed and no issue at all.
 */
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/sources/issues.ts';
import { loadManifest, runCase } from './corpus.ts';
import { useTempDir } from './helpers.ts';

const manifest = await loadManifest();
const tmp = useTempDir();

describe('broken-file corpus', () => {
  it('holds at least 50 broken files and a look-alike for each tolerated oddity', () => {
    expect(manifest.broken.length).toBeGreaterThanOrEqual(50);
    expect(manifest.valid.length).toBeGreaterThanOrEqual(10);
  });

  it.each(manifest.broken.map((c) => [c.file, c] as const))(
    '%s gives exactly its Dutch messages',
    async (_, entry) => {
      const { result, issues } = await runCase(manifest, entry, tmp.path());
      expect(issues.map((i) => i.message)).toEqual(entry.messages);
      // Each one blocks the import, and names the file (and the row when it has one).
      expect(hasErrors(issues)).toBe(true);
      for (const issue of issues) {
        expect(issue.message).toContain(entry.file);
        if (issue.row !== null) expect(issue.message).toContain(`rij ${issue.row}`);
        expect(issue.message.length).toBeLessThan(600);
      }
      expect(result.issues.every((i) => i.file === entry.file)).toBe(true);
    },
    30_000,
  );

  it.each(manifest.valid.map((c) => [c.file, c] as const))(
    '%s imports with the right values',
    async (_, entry) => {
      const { result, issues } = await runCase(manifest, entry, tmp.path());
      expect(issues).toEqual([]);
      expect(result.rows).toEqual(entry.rows);
    },
  );
});
