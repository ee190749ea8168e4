/**
 * Errors a command expects and reports as one line, without a stack trace.
 * main.ts prints them as "diplograph <command>: <message>".
 */

/** Bad command line: unknown option, missing value, invalid date. Exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * A failure the user can fix: an unreadable --actors file, an unwritable -o
 * path, no article found. The message names the file. Exit code 2 unless given.
 */
export class CommandError extends Error {
  override name = "CommandError";
  readonly exitCode: number;

  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}
