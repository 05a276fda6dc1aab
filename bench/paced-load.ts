/**
 * A steady load from its own process: `rate` requests a second, evenly spaced, over at most
 * `connections` keep-alive connections, for `seconds`. autocannon's `-R` sends each
 * connection's share at the start of every second (200 requests in one burst), which measures
 * how long a burst takes to drain rather than the latency at that rate. Each latency here runs
 * from the moment the request was due, not from when a free connection sent it, so a server
 * that falls behind shows it (no coordinated omission).
 *
 * Usage: tsx bench/paced-load.ts <url> <cookie> <rate> <connections> <seconds>; prints JSON.
 */
import { Agent, request } from 'node:http';

const [url = '', cookie = '', rateText = '200', connectionsText = '50', secondsText = '15'] =
  process.argv.slice(2);
const rate = Number(rateText);
const connections = Number(connectionsText);
const seconds = Number(secondsText);
const agent = new Agent({ keepAlive: true, maxSockets: connections });

function fetchOnce(): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: { cookie } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const latencies: number[] = [];
let errors = 0;
let non2xx = 0;
const total = Math.round(rate * seconds);
const start = performance.now();
const pending: Promise<void>[] = [];
for (let i = 0; i < total; i++) {
  const due = start + (i * 1000) / rate;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  pending.push(
    fetchOnce().then(
      (status) => {
        latencies.push(performance.now() - due);
        if (status < 200 || status >= 300) non2xx++;
      },
      () => {
        errors++;
      },
    ),
  );
}
await Promise.all(pending);
const elapsed = (performance.now() - start) / 1000;
latencies.sort((a, b) => a - b);
const at = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
agent.destroy();
console.log(
  JSON.stringify({
    requestsPerSecond: latencies.length / elapsed,
    p50: Math.round(at(0.5) * 10) / 10,
    p99: Math.round(at(0.99) * 10) / 10,
    errors,
    non2xx,
  }),
);
