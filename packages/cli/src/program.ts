import { Command } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import type { CliIo } from './cli-io';
import { createCommandContext } from './command-context';
import { dataFolderHelp } from './data-folder';
import { type ExitCodeValue, exitCodeHelp } from './exit-codes';
import { createOutput, resolveTerminalWidth, shouldUseColor } from './output';
import {
  registerAssignCommand,
  registerDemoCommand,
  registerRankCommand,
  registerReportCommand,
  registerSchemaCommand,
  registerValidateCommand,
} from './register-commands';

/** The version of this package, printed by `--version`. */
export const cliVersion: string = packageJson.version;

/** The commander program and the exit code its actions set. */
export interface CliProgram {
  /** The commander program, configured to write to the given streams and never exit the process. */
  readonly command: Command;
  /** The exit code set by the last action that ran (0 until one sets another). */
  readonly exitCode: () => ExitCodeValue;
}

/** Builds the `parent-partner` commander program over the given streams. */
export function createCliProgram(io: CliIo): CliProgram {
  const output = createOutput(io);
  const context = createCommandContext(io, output);
  let exitCode: ExitCodeValue = 0;
  const setExitCode = (code: ExitCodeValue) => {
    exitCode = code;
  };
  const command = new Command('parent-partner')
    .description(
      'Validate Parent Partner program data, rank and assign parent partners, build program reports, export JSON Schemas and run a demo on a synthetic county.',
    )
    .version(cliVersion, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      getOutHelpWidth: () => resolveTerminalWidth(io.stdout, io.env),
      getErrHelpWidth: () => resolveTerminalWidth(io.stderr, io.env),
      getOutHasColors: () => shouldUseColor(io.stdout, io.env),
      getErrHasColors: () => shouldUseColor(io.stderr, io.env),
      outputError: (text, write) => write(output.errorColors.red(text)),
    })
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      `\n${exitCodeHelp}\n\n${dataFolderHelp}\n\nColours are off when NO_COLOR is set; progress bars show only on a terminal.\nStart with: parent-partner demo`,
    );
  registerValidateCommand(command, context, setExitCode);
  registerRankCommand(command, context, setExitCode);
  registerAssignCommand(command, context, setExitCode);
  registerReportCommand(command, context, setExitCode);
  registerSchemaCommand(command, context, setExitCode);
  registerDemoCommand(command, context, setExitCode);
  return { command, exitCode: () => exitCode };
}
