/** Exit codes of `mdd`, so that scripts can tell bad input from a wrong command line. */
export const EXIT_CODES = {
  /** Bad input or a request that cannot be met: import issues, unknown code, empty store. */
  failure: 1,
  /** The command line itself is wrong: unknown option, missing argument. */
  usage: 2,
} as const;

/** An error whose Dutch message is all the user needs; `main` prints it and exits. */
export class CliError extends Error {
  override name = 'CliError';

  constructor(
    message: string,
    readonly exitCode: number = EXIT_CODES.failure,
  ) {
    super(message);
  }
}
