export { CliError } from './cli-error';
export type { CliIo, CliOutputStream } from './cli-io';
export type { SchemaCommandOptions } from './commands/schema';
export type { ValidateCommandOptions } from './commands/validate';
export type { ExitCodeValue } from './exit-codes';
export { ExitCode } from './exit-codes';
export { runCli } from './run-cli';
