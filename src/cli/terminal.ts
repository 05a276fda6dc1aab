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

export const processTerminal: Terminal = {
  print: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
  interactive: process.stdout.isTTY === true,
  stream: process.stdout,
};
