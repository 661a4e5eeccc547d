import { isAbsolute, resolve } from 'node:path';
import type { CliIo } from './cli-io';
import type { Output } from './output';

/** What every command's action receives: the process streams, the line writers and path resolution. */
export interface CommandContext {
  /** The process's streams, environment, directory and clock. */
  readonly io: CliIo;
  /** Line writers with colours set per stream. */
  readonly output: Output;
  /** Resolves a path given on the command line against the working directory. */
  resolvePath(path: string): string;
}

/** Creates the context commands run in. */
export function createCommandContext(io: CliIo, output: Output): CommandContext {
  return {
    io,
    output,
    resolvePath: (path) => (isAbsolute(path) ? path : resolve(io.cwd, path)),
  };
}
