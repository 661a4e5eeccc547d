import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error';

function describeReadError(error: unknown, shownAs: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    return new CliError(`Cannot read ${shownAs}: no such file; check the path.`);
  if (code === 'EISDIR')
    return new CliError(`Cannot read ${shownAs}: it is a folder; name a file.`);
  if (code === 'EACCES' || code === 'EPERM') {
    return new CliError(`Cannot read ${shownAs}: permission denied; check the file's permissions.`);
  }
  return error;
}

/**
 * Reads a UTF-8 text file named on the command line.
 *
 * @throws {CliError} saying what to fix when the file is missing, is a directory or cannot be read.
 */
export async function readTextFile(path: string, shownAs: string = path): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw describeReadError(error, shownAs);
  }
}

/**
 * Reads a file named on the command line as bytes, for the readers that check its encoding themselves.
 *
 * @throws {CliError} saying what to fix when the file is missing, is a directory or cannot be read.
 */
export async function readBinaryFile(path: string, shownAs: string = path): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw describeReadError(error, shownAs);
  }
}
