/** `mdd migrate` as an operator runs it: the real entry point on a fresh store, twice. */
import { describe, expect, it } from 'vitest';
import { migrationProvider } from '../../src/store/migrations/index.ts';
import { describeLocation } from '../../src/store/open.ts';
import { runCli } from '../cli/run-cli.ts';
import { freshLocation, testServer } from '../helpers/test-store.ts';

describe('mdd migrate', () => {
  it('runs every migration on an empty database, names them, and runs none the second time', async () => {
    const { location, remove } = await freshLocation();
    try {
      const dialect = testServer() ? 'postgres' : 'sqlite';
      const names = Object.keys(await migrationProvider(dialect).getMigrations()).sort();
      const kind = dialect === 'postgres' ? 'PostgreSQL' : 'SQLite';

      const first = await runCli(['migrate', '--database', location]);
      expect(first.code).toBe(0);
      expect(first.stdout.trimEnd().split('\n')).toEqual([
        `Database: ${describeLocation(location)} (${kind})`,
        ...names.map((name) => `Migratie ${name} uitgevoerd.`),
        `Het schema is bijgewerkt: ${names.length} van ${names.length} migraties uitgevoerd.`,
      ]);

      const second = await runCli(['migrate'], { MDD_DATABASE: location });
      expect(second.code).toBe(0);
      expect(second.stdout).toContain(
        `Het schema was al bijgewerkt (${names.length} migraties, laatste ${names.at(-1)}).`,
      );
      expect(second.stdout).not.toContain('uitgevoerd.');
    } finally {
      await remove();
    }
  }, 60_000);
});
