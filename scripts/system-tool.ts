// Finds a program that the project's tests need from the system (Debian's Chromium, PostgreSQL, ...):
// the tool's environment variable first, then its commands on PATH, then its usual paths. When none
// is there and the process runs as root on a machine with apt-get, it installs the tool's Debian
// package (apt-get update, then a non-interactive install) and looks again. Otherwise it stops with
// one line that says exactly what to install. `npm ci && npm test` on a fresh machine depends on it.
import { execFile } from 'node:child_process';
import {
  accessSync,
  constants,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A program the tests take from the system, and how to get it. */
export interface SystemTool {
  /** Its name in messages, for example `Chromium`. */
  readonly label: string;
  /** Environment variable that names the executable; when set, nothing else is searched. */
  readonly environmentVariable: string;
  /** Command names looked up on PATH, in order. */
  readonly commands: readonly string[];
  /**
   * Usual absolute paths, in order. One segment may be `*`: it matches every directory there, the
   * highest version first (`/usr/lib/postgresql/*\/bin/initdb`).
   */
  readonly paths: readonly string[];
  /** The Debian package that provides it. */
  readonly debianPackage: string;
  /** What the environment variable must name, in messages; `a <label> executable` when omitted. */
  readonly executable?: string;
  /** Files written just before the package is installed (never when the tool is found). */
  readonly filesBeforeInstall?: readonly { readonly file: string; readonly text: string }[];
}

/** Debian's Chromium, for the browser tests (driven by playwright-core; never a downloaded browser). */
export const chromiumTool: SystemTool = {
  label: 'Chromium',
  environmentVariable: 'CHROMIUM_PATH',
  commands: ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'],
  paths: [
    '/usr/bin/chromium',
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  debianPackage: 'chromium',
};

/**
 * Debian's PostgreSQL server binaries, for the store's tests, which start their own server in a
 * temporary folder (the executable found is `initdb`; `postgres` is beside it). Installing the package
 * would also create and start a `main` cluster as a service: the file written first says not to.
 */
export const postgresqlTool: SystemTool = {
  label: 'PostgreSQL',
  environmentVariable: 'POSTGRES_INITDB',
  commands: ['initdb'],
  paths: ['/usr/lib/postgresql/*/bin/initdb', '/usr/local/pgsql/bin/initdb'],
  debianPackage: 'postgresql',
  executable: "PostgreSQL's initdb",
  filesBeforeInstall: [
    {
      file: '/etc/postgresql-common/createcluster.d/parent-partner-tests.conf',
      text: 'create_main_cluster = false\n',
    },
  ],
};

/** Raised when a tool is neither found nor installable; its message is the one line to act on. */
export class MissingSystemToolError extends Error {
  override readonly name = 'MissingSystemToolError';
}

/** What the finder reads and runs; tests pass their own. */
export interface SystemAccess {
  /** Environment variables (PATH and the tool's own). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True when the process may install system packages (root). */
  readonly isRoot: boolean;
  /** True when `file` is an executable regular file. */
  isExecutable(file: string): boolean;
  /** Writes a text file, making its folder first. */
  writeFile(file: string, text: string): void;
  /** Names of the directories in `directory`, or none when it cannot be read. */
  listDirectories(directory: string): string[];
  /** Runs a command to completion; rejects with its last line of error output when it fails. */
  run(
    command: string,
    args: readonly string[],
    env: Record<string, string | undefined>,
  ): Promise<void>;
  /** Waits for another process to finish installing (a lock shared by the test workers). */
  withInstallLock<T>(action: () => Promise<T>): Promise<T>;
}

/** Options of {@link findSystemTool}. */
export interface FindSystemToolOptions {
  /** Install the Debian package when running as root with apt-get; true when omitted. */
  readonly install?: boolean;
  /** The system the finder looks at; the real one when omitted. */
  readonly system?: SystemAccess;
}

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function listDirectoriesIn(directory: string): string[] {
  try {
    return readdirSync(directory, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

function runCommand(
  command: string,
  args: readonly string[],
  env: Record<string, string | undefined>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      [...args],
      { env, maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60_000 },
      (error, _stdout, stderr) => {
        if (!error) return resolve();
        const lines = String(stderr).trim().split('\n');
        reject(new Error(lines[lines.length - 1] || error.message));
      },
    );
  });
}

const sleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock held as a directory: test workers of one run (and parallel runs) install one at a time,
 * and the ones that waited find the tool the first one installed. A lock whose owner has died is
 * taken over.
 */
export function createDirectoryLock(lock: string): SystemAccess['withInstallLock'] {
  return async (action) => {
    for (;;) {
      try {
        mkdirSync(lock);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        let owner = Number.NaN;
        try {
          owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
        } catch {
          // The owner has made the directory but not yet written its pid.
        }
        if (Number.isInteger(owner) && owner > 0 && !isProcessAlive(owner)) {
          rmSync(lock, { recursive: true, force: true });
          continue;
        }
        await sleep(500);
      }
    }
    try {
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return await action();
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  };
}

/** The machine this process runs on. */
export const realSystem: SystemAccess = {
  env: process.env,
  isRoot: process.getuid?.() === 0,
  isExecutable: isExecutableFile,
  writeFile: (file, text) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  },
  listDirectories: listDirectoriesIn,
  run: runCommand,
  withInstallLock: createDirectoryLock(join(tmpdir(), 'parent-partner-system-tool.lock')),
};

/** Expands a path with at most one `*` segment; the highest version of that segment comes first. */
function expandPath(pattern: string, system: SystemAccess): string[] {
  const segments = pattern.split('/');
  const star = segments.indexOf('*');
  if (star === -1) return [pattern];
  const parent = segments.slice(0, star).join('/') || '/';
  const names = system
    .listDirectories(parent)
    .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  return names.map((name) =>
    [...segments.slice(0, star), name, ...segments.slice(star + 1)].join('/'),
  );
}

function searchPath(command: string, system: SystemAccess): string | undefined {
  for (const directory of (system.env.PATH ?? '').split(delimiter)) {
    if (directory === '') continue;
    const candidate = join(directory, command);
    if (system.isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** Looks for the tool without installing anything: its variable, then PATH, then its usual paths. */
export function locateSystemTool(
  tool: SystemTool,
  system: SystemAccess = realSystem,
): string | undefined {
  const named = system.env[tool.environmentVariable];
  if (named !== undefined && named !== '') {
    if (system.isExecutable(named)) return named;
    throw new MissingSystemToolError(
      `${tool.environmentVariable} names ${named}, which is not an executable file: point it at ${describeExecutable(tool)} or unset it.`,
    );
  }
  for (const command of tool.commands) {
    const found = searchPath(command, system);
    if (found) return found;
  }
  for (const pattern of tool.paths) {
    for (const candidate of expandPath(pattern, system)) {
      if (system.isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

function describeExecutable(tool: SystemTool): string {
  return tool.executable ?? `a ${tool.label} executable`;
}

/** The one line printed when the tool is missing and this process cannot install it. */
export function describeMissingTool(tool: SystemTool): string {
  return `${tool.label} was not found: install Debian's ${tool.debianPackage} package (sudo apt-get install ${tool.debianPackage}) or set ${tool.environmentVariable} to the path of ${describeExecutable(tool)}.`;
}

/**
 * Finds a system tool, installing its Debian package when the process runs as root with apt-get.
 *
 * @returns the absolute path of the executable.
 * @throws MissingSystemToolError with one line saying what to install (or what failed).
 */
export async function findSystemTool(
  tool: SystemTool,
  options: FindSystemToolOptions = {},
): Promise<string> {
  const system = options.system ?? realSystem;
  const found = locateSystemTool(tool, system);
  if (found) return found;
  const aptGet = searchPath('apt-get', system);
  if (options.install === false || !system.isRoot || aptGet === undefined) {
    throw new MissingSystemToolError(describeMissingTool(tool));
  }
  return system.withInstallLock(async () => {
    // Another worker may have installed it while this one waited for the lock.
    const installed = locateSystemTool(tool, system);
    if (installed) return installed;
    const env = { ...system.env, DEBIAN_FRONTEND: 'noninteractive' };
    const lockTimeout = ['-o', 'DPkg::Lock::Timeout=600'];
    try {
      for (const { file, text } of tool.filesBeforeInstall ?? []) system.writeFile(file, text);
      await system.run(aptGet, ['update', '-qq', ...lockTimeout], env);
      await system.run(aptGet, ['install', '-y', '-qq', ...lockTimeout, tool.debianPackage], env);
    } catch (error) {
      throw new MissingSystemToolError(
        `${tool.label} was not found and apt-get install ${tool.debianPackage} failed (${(error as Error).message}): install Debian's ${tool.debianPackage} package or set ${tool.environmentVariable}.`,
      );
    }
    const after = locateSystemTool(tool, system);
    if (after) return after;
    throw new MissingSystemToolError(
      `apt-get installed ${tool.debianPackage} but no ${tool.label} executable appeared on PATH or the usual paths: set ${tool.environmentVariable}.`,
    );
  });
}

const tools: Record<string, SystemTool> = { chromium: chromiumTool, postgresql: postgresqlTool };

// `node --import tsx scripts/system-tool.ts chromium` (or `postgresql`) prints the path, installing
// the tool if it may, or prints the one line to act on and exits 1.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const name = process.argv[2] ?? '';
  const tool = tools[name];
  if (!tool) {
    console.error(`usage: system-tool <${Object.keys(tools).join('|')}>`);
    process.exit(2);
  }
  findSystemTool(tool).then(
    (path) => console.log(path),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
