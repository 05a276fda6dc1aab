/**
 * The monitor page under load: `mdd serve` on the SQLite store in a child process, a team
 * member's session made in the store, and 50 connections from another child process: held
 * at 200 requests per second, evenly spaced (./paced-load.ts), as autocannon `-R 200` holds
 * it (its share per connection at the start of every second: a burst of 200), and with
 * autocannon as fast as it goes.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { randomSecret, sha256Hex } from '../src/portal/auth/secrets.ts';
import { addTeamMember } from '../src/portal/team-list.ts';
import { openStore } from '../src/store/open.ts';
import { type MemoryPeak, watchMemory } from './measure.ts';

const MDD = fileURLToPath(new URL('../bin/mdd.js', import.meta.url));
const AUTOCANNON = fileURLToPath(
  new URL('../node_modules/autocannon/autocannon.js', import.meta.url),
);
const PACED = fileURLToPath(new URL('./paced-load.ts', import.meta.url));
const EMAIL = 'bench@monitorteam.example';

export interface LoadResult {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function signedInCookie(storePath: string): Promise<string> {
  const store = await openStore(storePath);
  try {
    await addTeamMember(store, EMAIL, 'team');
    const secret = randomSecret();
    const now = new Date();
    await store.db
      .insertInto('sessions')
      .values({
        id_hash: sha256Hex(secret),
        email: EMAIL,
        csrf_token: randomSecret(),
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + 3_600_000).toISOString(),
      })
      .execute();
    return `mdd_session=${secret}`;
  } finally {
    await store.close();
  }
}

function serve(storePath: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [MDD, 'serve', '--port', String(port), '--database', storePath],
    // No quarterly schedule firing during the measurement.
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, MDD_PRODUCE_SCHEDULE: 'uit' } },
  );
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`mdd serve ended with ${code}`)));
    const poll = async () => {
      try {
        await fetch(`http://127.0.0.1:${port}/`);
        resolve(child);
      } catch {
        setTimeout(poll, 200);
      }
    };
    void poll();
  });
}

async function paced(url: string, cookie: string, rate: number, label: string) {
  const args = ['--import', 'tsx', PACED, url, cookie, String(rate), '50', '15'];
  const { stdout } = await promisify(execFile)(process.execPath, args);
  return { label, ...(JSON.parse(stdout) as Omit<LoadResult, 'label'>) } satisfies LoadResult;
}

async function autocannon(url: string, cookie: string, rate: number | null, label: string) {
  const args = [AUTOCANNON, '-c', '50', '-d', '15', '-j', '-H', `Cookie=${cookie}`];
  if (rate !== null) args.push('-R', String(rate));
  const { stdout } = await promisify(execFile)(process.execPath, [...args, url], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const json = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    errors: number;
    non2xx: number;
  };
  return {
    label,
    requestsPerSecond: json.requests.average,
    p50: json.latency.p50,
    p99: json.latency.p99,
    errors: json.errors,
    non2xx: json.non2xx,
  } satisfies LoadResult;
}

export async function pageUnderLoad(
  storePath: string,
  code: string,
): Promise<{ results: LoadResult[]; memory: MemoryPeak }> {
  const cookie = await signedInCookie(storePath);
  const port = 18_000 + (process.pid % 1000);
  const server = await serve(storePath, port);
  const watch = watchMemory(server.pid as number);
  try {
    const url = `http://127.0.0.1:${port}/gemeente/${code}`;
    const check = await fetch(url, { headers: { cookie } });
    if (check.status !== 200) throw new Error(`monitor page answered ${check.status}`);
    const results: LoadResult[] = [];
    for (const run of [
      () => paced(url, cookie, 200, '200 req/s evenly spaced'),
      () => autocannon(url, cookie, 200, '200 req/s in bursts (autocannon -R 200)'),
      () => autocannon(url, cookie, null, 'as fast as it goes (autocannon)'),
    ]) {
      results.push(await run());
      // Let a backlog drain before the next run starts.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    }
    return { results, memory: watch.stop() };
  } finally {
    server.kill('SIGTERM');
  }
}
