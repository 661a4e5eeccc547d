import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error';

/**
 * Reads a UTF-8 text file named on the command line.
 *
 * @throws {CliError} saying what to fix when the file is missing, is a directory or cannot be read.
 */
export async function readTextFile(path: string, shownAs: string = path): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new CliError(`Cannot read ${shownAs}: no such file; check the path.`);
    if (code === 'EISDIR')
      throw new CliError(`Cannot read ${shownAs}: it is a folder; name a file.`);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new CliError(
        `Cannot read ${shownAs}: permission denied; check the file's permissions.`,
      );
    }
    throw error;
  }
}
