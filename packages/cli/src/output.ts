import pc from 'picocolors';
import type { CliIo, CliOutputStream } from './cli-io';

/** The colour functions the command uses; each returns its input unchanged when colours are off. */
export type Colors = ReturnType<typeof pc.createColors>;

/** Line writers for stdout and stderr, with colours set for each stream. */
export interface Output {
  /** Colours for text written to stdout. */
  readonly colors: Colors;
  /** Colours for text written to stderr. */
  readonly errorColors: Colors;
  /** Writes one line to stdout. */
  writeLine(line?: string): void;
  /** Writes one line to stderr. */
  writeErrorLine(line?: string): void;
}

/**
 * Tells whether to colour text on a stream: never under a non-empty `NO_COLOR`, always under `FORCE_COLOR`
 * (other than `0`), otherwise only on a terminal.
 */
export function shouldUseColor(
  stream: CliOutputStream,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** Creates the line writers for the streams of `io`. */
export function createOutput(io: CliIo): Output {
  return {
    colors: pc.createColors(shouldUseColor(io.stdout, io.env)),
    errorColors: pc.createColors(shouldUseColor(io.stderr, io.env)),
    writeLine(line = '') {
      io.stdout.write(`${line}\n`);
    },
    writeErrorLine(line = '') {
      io.stderr.write(`${line}\n`);
    },
  };
}

/** The width to wrap help text at: `COLUMNS` when set, else the terminal's width, else 80. */
export function resolveTerminalWidth(
  stream: CliOutputStream,
  env: Readonly<Record<string, string | undefined>>,
): number {
  const fromEnvironment = Number.parseInt(env.COLUMNS ?? '', 10);
  if (Number.isInteger(fromEnvironment) && fromEnvironment > 20) return fromEnvironment;
  return stream.columns !== undefined && stream.columns > 20 ? stream.columns : 80;
}
