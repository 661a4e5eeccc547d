import { ExitCode, type ExitCodeValue } from './exit-codes';

/**
 * An error the command reports to the user as it is: its message says what to fix and never holds a data value.
 */
export class CliError extends Error {
  override readonly name: string = 'CliError';
  /** The exit code the command ends with. */
  readonly exitCode: ExitCodeValue;

  /** Creates an error that ends the command with `exitCode` (a usage error unless said otherwise). */
  constructor(message: string, exitCode: ExitCodeValue = ExitCode.usageError) {
    super(message);
    this.exitCode = exitCode;
  }
}
