/**
 * `mdd produce` on the command line (the real entry point in a child process): a dry run
 * prints monitors and recipients in Dutch and writes nothing; a quarter without a catalogue
 * and a missing --quarter are refused with Dutch messages.
 */
import { describe, expect, it } from 'vitest';
import { listArchived } from '../../src/delivery/archive.ts';
import { addSubscriber, listSubscribers } from '../../src/delivery/subscribers.ts';
import { openStore } from '../../src/store/open.ts';
import { runCli } from '../cli/run-cli.ts';
import { openGoldenTestStore } from '../helpers/test-store.ts';

describe('mdd produce', () => {
  it('lists in a dry run what would be made and who would get it, and writes nothing', async () => {
    const test = await openGoldenTestStore();
    try {
      await addSubscriber(test.store, 'GM0441', 'medewerker@schagen.nl', 'request');
      await addSubscriber(test.store, 'GM0441', 'iemand@gmail.com', 'request');
      const run = await runCli([
        'produce',
        '--quarter',
        '2017Q1',
        '--dry-run',
        '--database',
        test.location,
      ]);
      expect(run.code).toBe(0);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines[0]).toBe(
        'Proefrun 2017Q1, peildatum 23-1-2017: 1 monitor(s); er wordt niets gemaakt of verstuurd.',
      );
      expect(lines[1]).toBe('GM0441 (peildatum 23-1-2017): wordt gemaakt');
      expect(lines[2]).toMatch(/^ {2}iemand@gmail\.com: krijgt niets: het domein gmail\.com/);
      expect(lines[3]).toBe('  medewerker@schagen.nl: mag ontvangen');
      const reopened = await openStore(test.location);
      expect(await listArchived(reopened)).toEqual([]);
      expect(await listSubscribers(reopened)).toHaveLength(2);
      await reopened.close();
    } finally {
      await test.close();
    }
  }, 60_000);

  it('refuses a quarter without a catalogue, and a missing --quarter', async () => {
    const test = await openGoldenTestStore();
    try {
      const run = await runCli(['produce', '--quarter', '2017Q2', '--database', test.location]);
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        'Fout: Er is geen Softwarecatalogus met een peildatum in 2017Q2 (1-4-2017 t/m ' +
          '30-6-2017). De Softwarecatalogus in de database heeft peildata 23-1-2017. Er is ' +
          'niets gemaakt of verstuurd.',
      );
      const usage = await runCli(['produce', '--database', test.location]);
      expect(usage.code).toBe(2);
      expect(usage.stderr.trim()).toBe('Fout: Geef het kwartaal op met --quarter, zoals 2017Q1.');
    } finally {
      await test.close();
    }
  }, 60_000);
});
