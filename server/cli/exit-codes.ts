/** Exit codes of interfaces.md: 0 success, 1 failure, 2 bad usage, 3 input rejected. */
export const EXIT = { OK: 0, FAILURE: 1, USAGE: 2, REJECTED: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the CLI reports as one line and maps to its exit code, without a stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: ExitCode = EXIT.FAILURE) {
    super(message);
  }
}
