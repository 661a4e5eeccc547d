import type { CliIo } from '../src/cli-io';

/** A stream that keeps what is written to it. */
export interface MemoryStream {
  readonly isTTY: boolean;
  readonly columns: number;
  write(text: string): boolean;
  text(): string;
}

function createMemoryStream(isTTY: boolean): MemoryStream {
  const chunks: string[] = [];
  return {
    isTTY,
    columns: 80,
    write(text: string) {
      chunks.push(text);
      return true;
    },
    text: () => chunks.join(''),
  };
}

/** Streams and settings for running the command in-process, as a test would. */
export interface MemoryIo extends CliIo {
  readonly stdout: MemoryStream;
  readonly stderr: MemoryStream;
}

/** Creates in-memory streams with a fixed clock; `cwd` defaults to the package folder. */
export function createMemoryIo(
  options: Partial<Pick<CliIo, 'env' | 'cwd'>> & { tty?: boolean } = {},
): MemoryIo {
  return {
    stdout: createMemoryStream(options.tty ?? false),
    stderr: createMemoryStream(options.tty ?? false),
    env: options.env ?? {},
    cwd: options.cwd ?? new URL('..', import.meta.url).pathname,
    now: () => new Date('2026-01-15T10:00:00-06:00'),
  };
}
