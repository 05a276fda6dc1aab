// A worker thread of the HTML pool (pool.ts). Plain JavaScript like bin/mdd.js: a worker thread
// on Node 20 does not inherit the TypeScript loader, so it registers tsx itself, with the
// project's tsconfig for the JSX views.
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)) });
const { renderReportHtml } = await import('./index.tsx');

parentPort.on('message', ({ id, report, options }) => {
  try {
    parentPort.postMessage({ id, html: renderReportHtml(report, options) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
