/**
 * Progress of long work. On a terminal a bar that redraws itself; elsewhere (logs, CI) the
 * commands print plain lines such as `12/388 GM0003 Appingedam` instead.
 */
import cliProgress from 'cli-progress';
import type { Terminal } from './terminal.ts';

export interface ProgressBar {
  update(done: number, total: number, label: string): void;
  stop(): void;
}

/** A progress bar when the terminal is interactive, else null (print plain lines). */
export function createProgressBar(terminal: Terminal): ProgressBar | null {
  if (!terminal.interactive) return null;
  const bar = new cliProgress.SingleBar(
    {
      format: '{bar} {value}/{total} {label}',
      stream: terminal.stream,
      hideCursor: true,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, label) {
      if (!started) {
        bar.start(total, done, { label });
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done, { label });
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
