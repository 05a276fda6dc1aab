/** Where commands write: the real process streams by default, something else in tests. */
export interface Terminal {
  /** A line of normal output (stdout). */
  print(line: string): void;
  /** A line about a problem (stderr). */
  error(line: string): void;
  /** Stdout is a terminal: show a progress bar instead of plain progress lines. */
  interactive: boolean;
  stream: NodeJS.WriteStream;
}

/**
 * True once whoever reads our stdout has gone (`mdd report --all | head`). The work goes on and
 * the output is dropped, instead of Node ending the run with an English stack trace.
 */
let stdoutClosed = false;
let watchingStdout = false;

function printLine(line: string): void {
  if (!watchingStdout) {
    watchingStdout = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      stdoutClosed = true;
    });
  }
  if (!stdoutClosed) process.stdout.write(`${line}\n`);
}

export const processTerminal: Terminal = {
  print: printLine,
  error: (line) => process.stderr.write(`${line}\n`),
  interactive: process.stdout.isTTY === true,
  stream: process.stdout,
};
