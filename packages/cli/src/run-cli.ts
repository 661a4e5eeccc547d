import { ParentPartnerError } from '@parent-partner/core';
import { CommanderError } from 'commander';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { ExitCode, type ExitCodeValue } from './exit-codes';
import { createOutput } from './output';
import { createCliProgram } from './program';

// An unexpected error's message may hold data (a library deep down may quote its input), so only
// messages written to be shown are printed; the stack needs PARENT_PARTNER_DEBUG=1.
function describeUnexpectedError(error: unknown): string {
  if (ParentPartnerError.isInstance(error))
    return `${error.name} [${error.code}]: ${error.message}`;
  const systemError = error as NodeJS.ErrnoException;
  if (
    error instanceof Error &&
    typeof systemError.code === 'string' &&
    typeof systemError.syscall === 'string'
  ) {
    return `${error.name} [${systemError.code}] during ${systemError.syscall}${systemError.path === undefined ? '' : ` on ${systemError.path}`}`;
  }
  return error instanceof Error ? error.name : typeof error;
}

/**
 * Runs the `parent-partner` command with `argv` (the arguments after the program name) over `io`,
 * resolving to its exit code instead of exiting the process.
 *
 * @example
 * const output: string[] = [];
 * const problems: string[] = [];
 * const io = {
 *   stdout: { write: (text: string) => output.push(text) },
 *   stderr: { write: (text: string) => problems.push(text) },
 *   env: { NO_COLOR: '1' },
 *   cwd: '/data',
 *   now: () => new Date('2026-07-01T12:00:00Z'),
 * };
 * await runCli(['validat'], io);
 * //=> 2
 * problems.join('').includes('Did you mean validate?');
 * //=> true
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCodeValue> {
  const program = createCliProgram(io);
  try {
    await program.command.parseAsync([...argv], { from: 'user' });
    return program.exitCode();
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with code 0; every other commander error is a usage error it already printed.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usageError;
    }
    const output = createOutput(io);
    if (error instanceof CliError) {
      output.writeErrorLine(output.errorColors.red(`error: ${error.message}`));
      return error.exitCode;
    }
    output.writeErrorLine(
      output.errorColors.red(`unexpected error: ${describeUnexpectedError(error)}`),
    );
    if (io.env.PARENT_PARTNER_DEBUG === '1' && error instanceof Error && error.stack) {
      output.writeErrorLine(error.stack);
    } else {
      output.writeErrorLine(
        'Run again with PARENT_PARTNER_DEBUG=1 to see the stack trace, and please report it.',
      );
    }
    return ExitCode.unexpectedError;
  }
}
