import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built executable, as npm links it. */
export const binPath: string = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/** The package folder, where the fixtures are. */
export const packageDirectory: string = fileURLToPath(new URL('..', import.meta.url));

/** What a run of the built executable printed and how it ended. */
export interface BinRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/bin.js` with a fixed, colourless environment, as a user's shell would. */
export function runBin(args: readonly string[], options: { cwd?: string } = {}): BinRun {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? packageDirectory,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', COLUMNS: '80' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
