/**
 * `mdd team` and `mdd serve` as a user runs them: the real entry point in a child process,
 * a fresh store (SQLite, or PostgreSQL under MDD_TEST_DATABASE), and (for serve) a sign-in over HTTP with the link from the console
 * and the `.eml` file of the development mailer.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.ts';
import { freshLocation, type Location } from '../helpers/test-store.ts';

const BIN = new URL('../../bin/mdd.js', import.meta.url).pathname;
const ROOT = new URL('../..', import.meta.url).pathname;

describe('mdd team', () => {
  let database: Location;
  beforeAll(async () => {
    database = await freshLocation();
  });
  afterAll(async () => {
    await database.remove();
  });

  it('adds, lists, changes and removes team members', async () => {
    const env = { MDD_DATABASE: database.location };
    expect((await runCli(['team', 'list'], env)).stdout).toContain('De teamlijst is leeg.');
    const added = await runCli(['team', 'add', 'Lid@Monitorteam.example'], env);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('lid@monitorteam.example staat op de teamlijst als monitorteam');
    await runCli(['team', 'add', 'baas@monitorteam.example', '--role', 'admin'], env);
    const listed = await runCli(['team', 'list'], env);
    expect(listed.stdout).toMatch(/baas@monitorteam\.example\tbeheerder/);
    expect(listed.stdout).toMatch(/lid@monitorteam\.example\tmonitorteam/);
    await runCli(['team', 'add', 'baas@monitorteam.example', '--role', 'team'], env);
    expect((await runCli(['team', 'list'], env)).stdout).toMatch(
      /baas@monitorteam\.example\tmonitorteam/,
    );
    expect((await runCli(['team', 'remove', 'lid@monitorteam.example'], env)).code).toBe(0);
    expect((await runCli(['team', 'list'], env)).stdout).not.toContain('lid@');
  }, 60_000);

  it('refuses a bad role, a bad address and removing someone not listed, in Dutch', async () => {
    const env = { MDD_DATABASE: database.location };
    const role = await runCli(['team', 'add', 'x@y.nl', '--role', 'baas'], env);
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('Onbekende rol "baas"');
    const address = await runCli(['team', 'add', 'geen-adres'], env);
    expect(address.code).toBe(2);
    expect(address.stderr).toContain('geen geldig e-mailadres');
    const bare = await runCli(['team'], env);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Geef een commando: add, remove of list.');
    const missing = await runCli(['team', 'remove', 'niemand@y.nl'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('staat niet op de teamlijst');
  }, 60_000);
});

describe('mdd serve on a port that is taken', () => {
  it('should say in Dutch that the port is in use, and stop', async () => {
    const database = await freshLocation();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const address = taken.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const run = await runCli(['serve', '--port', String(port)], {
        MDD_DATABASE: database.location,
        MDD_PRODUCE_SCHEDULE: 'uit',
      });
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        `Fout: Poort ${port} op 127.0.0.1 is al in gebruik. Kies een andere met --port.`,
      );
    } finally {
      await new Promise((resolve) => taken.close(resolve));
      await database.remove();
    }
  }, 60_000);
});

describe('mdd serve with a bad setting', () => {
  it('should refuse to start with a bad MDD_EXPLANATION_MAX_DAYS, in Dutch', async () => {
    const database = await freshLocation();
    try {
      const run = await runCli(['serve', '--port', '0'], {
        MDD_DATABASE: database.location,
        MDD_PRODUCE_SCHEDULE: 'uit',
        MDD_EXPLANATION_MAX_DAYS: 'een jaar',
      });
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        "Fout: MDD_EXPLANATION_MAX_DAYS moet een positief geheel getal zijn, niet 'een jaar'",
      );
    } finally {
      await database.remove();
    }
  }, 60_000);
});

describe('mdd serve --demo', () => {
  let dir: string;
  let database: Location;
  let child: ChildProcess | null = null;
  let output = '';
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const base = `http://localhost:${port}`;
  const local = `http://127.0.0.1:${port}`;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdd-portal-serve-'));
    database = await freshLocation();
    const started = spawn(process.execPath, [BIN, 'serve', '--demo', '--port', String(port)], {
      cwd: ROOT,
      env: {
        ...process.env,
        MDD_DATABASE: database.location,
        MDD_MAIL_DIR: join(dir, 'mail'),
        MDD_SMTP_URL: '',
        MDD_ADMIN_EMAILS: 'extra-beheer@voorbeeld.nl',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    started.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    started.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    await waitFor(
      () => output.includes('Portaal gestart op'),
      60_000,
      () => output,
    );
  }, 90_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await database?.remove();
    await rm(dir, { recursive: true, force: true });
  });

  it('imports the shipped delivery, signs the demo staff in and stops cleanly', async () => {
    expect(output).toContain('meegeleverde levering');
    expect(output).toContain('medewerker@schagen.nl');
    // The folder the mails really go to (MDD_MAIL_DIR), not the default one.
    expect(output).toContain(`Geen MDD_SMTP_URL: e-mails komen in ${join(dir, 'mail')}/ en`);
    const asked = await fetch(`${local}/inloggen`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
      body: 'email=medewerker%40schagen.nl',
    });
    expect(asked.status).toBe(200);
    await waitFor(
      () => /link: \S+token=/.test(output),
      10_000,
      () => output,
    );
    const link = /link: (\S+)/.exec(output)?.[1] ?? '';
    expect(link.startsWith(`${base}/inloggen/bevestigen?token=`)).toBe(true);
    const files = await readdir(join(dir, 'mail'));
    expect(files).toHaveLength(1);
    const eml = await readFile(join(dir, 'mail', files[0] ?? ''), 'utf8');
    expect(eml).toContain('To: medewerker@schagen.nl');
    expect(eml).toContain('Subject: Uw inloglink');

    const token = new URL(link).searchParams.get('token') ?? '';
    const confirmed = await fetch(`${local}/inloggen/bevestigen`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
      body: new URLSearchParams({ token }).toString(),
      redirect: 'manual',
    });
    expect(confirmed.status).toBe(303);
    const cookie = (confirmed.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const page = await fetch(`${local}/gemeente/GM0441`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Schagen');

    const team = await runCli(['team', 'list'], { MDD_DATABASE: database.location });
    expect(team.stdout).toContain('monitorteam@voorbeeld.nl\tmonitorteam');
    expect(team.stdout).toContain('beheer@voorbeeld.nl\tbeheerder');
    expect(team.stdout).toContain('extra-beheer@voorbeeld.nl\tbeheerder');

    const running = child;
    if (!running) throw new Error('server not running');
    const exited = new Promise<number | null>((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('Portaal wordt gestopt.');
  }, 90_000);
});

async function waitFor(check: () => boolean, timeoutMs: number, describe: () => string) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out; output:\n${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
