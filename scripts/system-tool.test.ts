import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  chromiumTool,
  createDirectoryLock,
  describeMissingTool,
  findSystemTool,
  locateSystemTool,
  MissingSystemToolError,
  postgresqlTool,
  type SystemAccess,
} from './system-tool';

interface FakeOptions {
  readonly env?: Record<string, string | undefined>;
  readonly isRoot?: boolean;
  readonly files?: readonly string[];
  /** Files that appear once `apt-get install <package>` has run. */
  readonly installs?: Readonly<Record<string, readonly string[]>>;
  readonly failingCommand?: string;
}

function fakeSystem(options: FakeOptions = {}) {
  const files = new Set(options.files ?? []);
  const commands: string[] = [];
  const environments: Record<string, string | undefined>[] = [];
  const written: string[] = [];
  let lockDepth = 0;
  const system: SystemAccess = {
    env: options.env ?? { PATH: '/usr/local/bin:/usr/bin:/bin' },
    isRoot: options.isRoot ?? false,
    isExecutable: (file) => files.has(file),
    writeFile: (file, text) => {
      // Recorded in order with the commands, so a test sees what was written before what ran.
      commands.push(`write ${file}`);
      written.push(`${file}: ${text}`);
    },
    listDirectories: (directory) => {
      const prefix = `${directory.replace(/\/$/, '')}/`;
      const names = new Set<string>();
      for (const file of files) {
        if (file.startsWith(prefix)) {
          const rest = file.slice(prefix.length).split('/');
          if (rest.length > 1) names.add(rest[0]!);
        }
      }
      return [...names];
    },
    run: async (command, args, env) => {
      commands.push([command, ...args].join(' '));
      environments.push(env);
      if (options.failingCommand && args.includes(options.failingCommand)) {
        throw new Error('E: Unable to locate package');
      }
      if (args[0] === 'install') {
        for (const file of options.installs?.[args[args.length - 1]!] ?? []) files.add(file);
      }
    },
    withInstallLock: async (action) => {
      lockDepth += 1;
      try {
        return await action();
      } finally {
        lockDepth -= 1;
      }
    },
  };
  return { system, commands, environments, written, lockDepth: () => lockDepth };
}

describe('locateSystemTool', () => {
  test('the environment variable wins over PATH and the usual paths', () => {
    const { system } = fakeSystem({
      env: { PATH: '/usr/bin', CHROMIUM_PATH: '/opt/chromium/chrome' },
      files: ['/opt/chromium/chrome', '/usr/bin/chromium'],
    });
    expect(locateSystemTool(chromiumTool, system)).toBe('/opt/chromium/chrome');
  });

  test('a variable that names no executable is an error, never a silent fallback', () => {
    const { system } = fakeSystem({
      env: { PATH: '/usr/bin', CHROMIUM_PATH: '/nowhere/chrome' },
      files: ['/usr/bin/chromium'],
    });
    expect(() => locateSystemTool(chromiumTool, system)).toThrow(MissingSystemToolError);
    expect(() => locateSystemTool(chromiumTool, system)).toThrow(
      'CHROMIUM_PATH names /nowhere/chrome, which is not an executable file',
    );
  });

  test('an empty variable counts as unset', () => {
    const { system } = fakeSystem({
      env: { PATH: '/usr/bin', CHROMIUM_PATH: '' },
      files: ['/usr/bin/chromium'],
    });
    expect(locateSystemTool(chromiumTool, system)).toBe('/usr/bin/chromium');
  });

  test('PATH is searched in order, each command in turn, before the usual paths', () => {
    const { system } = fakeSystem({
      env: { PATH: '/home/me/bin::/usr/bin' },
      files: [
        '/usr/bin/chromium-browser',
        '/home/me/bin/google-chrome',
        '/usr/lib/chromium/chromium',
      ],
    });
    // `chromium-browser` is an earlier command than `google-chrome`, whatever the PATH order.
    expect(locateSystemTool(chromiumTool, system)).toBe('/usr/bin/chromium-browser');
  });

  test('the usual paths are tried when PATH has none of the commands', () => {
    const { system } = fakeSystem({ env: { PATH: '' }, files: ['/usr/lib/chromium/chromium'] });
    expect(locateSystemTool(chromiumTool, system)).toBe('/usr/lib/chromium/chromium');
    expect(locateSystemTool(chromiumTool, fakeSystem({ env: {} }).system)).toBeUndefined();
  });

  test('a * segment takes the highest version first (10 after 9)', () => {
    const { system } = fakeSystem({
      env: { PATH: '/usr/bin' },
      files: [
        '/usr/lib/postgresql/9/bin/initdb',
        '/usr/lib/postgresql/17/bin/initdb',
        '/usr/lib/postgresql/10/bin/initdb',
        '/usr/lib/postgresql/18/share/readme',
      ],
    });
    expect(locateSystemTool(postgresqlTool, system)).toBe('/usr/lib/postgresql/17/bin/initdb');
  });
});

describe('findSystemTool', () => {
  test('a tool that is there is returned without running anything', async () => {
    const fake = fakeSystem({ isRoot: true, files: ['/usr/bin/apt-get', '/usr/bin/chromium'] });
    await expect(findSystemTool(chromiumTool, { system: fake.system })).resolves.toBe(
      '/usr/bin/chromium',
    );
    expect(fake.commands).toEqual([]);
  });

  test('as root with apt-get it installs the Debian package non-interactively, then finds it', async () => {
    const fake = fakeSystem({
      isRoot: true,
      files: ['/usr/bin/apt-get'],
      installs: { chromium: ['/usr/bin/chromium', '/usr/lib/chromium/chromium'] },
    });
    await expect(findSystemTool(chromiumTool, { system: fake.system })).resolves.toBe(
      '/usr/bin/chromium',
    );
    expect(fake.commands).toEqual([
      '/usr/bin/apt-get update -qq -o DPkg::Lock::Timeout=600',
      '/usr/bin/apt-get install -y -qq -o DPkg::Lock::Timeout=600 chromium',
    ]);
    expect(fake.environments.map((env) => env.DEBIAN_FRONTEND)).toEqual([
      'noninteractive',
      'noninteractive',
    ]);
  });

  test('the same mechanism installs PostgreSQL, telling Debian first not to start a cluster of its own', async () => {
    const fake = fakeSystem({
      isRoot: true,
      files: ['/usr/bin/apt-get'],
      installs: { postgresql: ['/usr/lib/postgresql/17/bin/initdb'] },
    });
    await expect(findSystemTool(postgresqlTool, { system: fake.system })).resolves.toBe(
      '/usr/lib/postgresql/17/bin/initdb',
    );
    expect(fake.commands).toEqual([
      'write /etc/postgresql-common/createcluster.d/parent-partner-tests.conf',
      '/usr/bin/apt-get update -qq -o DPkg::Lock::Timeout=600',
      '/usr/bin/apt-get install -y -qq -o DPkg::Lock::Timeout=600 postgresql',
    ]);
    expect(fake.written).toEqual([
      '/etc/postgresql-common/createcluster.d/parent-partner-tests.conf: create_main_cluster = false\n',
    ]);
  });

  test('a PostgreSQL that is there is used as it is: nothing written, nothing run', async () => {
    const fake = fakeSystem({
      isRoot: true,
      env: { PATH: '/usr/bin' },
      files: ['/usr/bin/apt-get', '/usr/lib/postgresql/15/bin/initdb'],
    });
    await expect(findSystemTool(postgresqlTool, { system: fake.system })).resolves.toBe(
      '/usr/lib/postgresql/15/bin/initdb',
    );
    expect(fake.commands).toEqual([]);
  });

  test("not root, PostgreSQL's line names initdb and its variable", async () => {
    const fake = fakeSystem({ isRoot: false, files: ['/usr/bin/apt-get'] });
    await expect(findSystemTool(postgresqlTool, { system: fake.system })).rejects.toThrow(
      "PostgreSQL was not found: install Debian's postgresql package (sudo apt-get install postgresql) or set POSTGRES_INITDB to the path of PostgreSQL's initdb.",
    );
    expect(fake.commands).toEqual([]);
  });

  test('not root: one line saying exactly what to install, and nothing run', async () => {
    const fake = fakeSystem({ isRoot: false, files: ['/usr/bin/apt-get'] });
    const error = await findSystemTool(chromiumTool, { system: fake.system }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MissingSystemToolError);
    const { message } = error as Error;
    expect(message).toBe(describeMissingTool(chromiumTool));
    expect(message).toBe(
      "Chromium was not found: install Debian's chromium package (sudo apt-get install chromium) or set CHROMIUM_PATH to the path of a Chromium executable.",
    );
    expect(message).not.toContain('\n');
    expect(fake.commands).toEqual([]);
  });

  test('root without apt-get, or with installing turned off, gets the same one line', async () => {
    const withoutApt = fakeSystem({ isRoot: true });
    await expect(findSystemTool(chromiumTool, { system: withoutApt.system })).rejects.toThrow(
      describeMissingTool(chromiumTool),
    );
    const noInstall = fakeSystem({ isRoot: true, files: ['/usr/bin/apt-get'] });
    await expect(
      findSystemTool(chromiumTool, { system: noInstall.system, install: false }),
    ).rejects.toThrow(describeMissingTool(chromiumTool));
    expect([...withoutApt.commands, ...noInstall.commands]).toEqual([]);
  });

  test('a failed install says which package failed, with apt-get last error line, on one line', async () => {
    const fake = fakeSystem({
      isRoot: true,
      files: ['/usr/bin/apt-get'],
      failingCommand: 'install',
    });
    const error = (await findSystemTool(chromiumTool, { system: fake.system }).catch(
      (caught: unknown) => caught,
    )) as Error;
    expect(error).toBeInstanceOf(MissingSystemToolError);
    expect(error.message).toContain(
      'apt-get install chromium failed (E: Unable to locate package)',
    );
    expect(error.message).not.toContain('\n');
  });

  test('an install that brings no executable is reported, not looped on', async () => {
    const fake = fakeSystem({ isRoot: true, files: ['/usr/bin/apt-get'], installs: {} });
    await expect(findSystemTool(chromiumTool, { system: fake.system })).rejects.toThrow(
      'apt-get installed chromium but no Chromium executable appeared',
    );
    expect(fake.commands).toHaveLength(2);
  });

  test('installs happen under the lock, and a tool installed meanwhile is not installed again', async () => {
    const files = ['/usr/bin/apt-get'];
    const fake = fakeSystem({ isRoot: true, files });
    let depthDuringRun = 0;
    const system: SystemAccess = {
      ...fake.system,
      // Another worker installed Chromium while this one waited for the lock.
      withInstallLock: (action) =>
        fake.system.withInstallLock(() => {
          depthDuringRun = fake.lockDepth();
          return action();
        }),
      isExecutable: (file) =>
        depthDuringRun > 0
          ? file === '/usr/bin/chromium' || file === '/usr/bin/apt-get'
          : fake.system.isExecutable(file),
    };
    await expect(findSystemTool(chromiumTool, { system })).resolves.toBe('/usr/bin/chromium');
    expect(depthDuringRun).toBe(1);
    expect(fake.commands).toEqual([]);
  });
});

describe('createDirectoryLock', () => {
  test('actions run one at a time, and the lock is gone afterwards', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'system-tool-lock-'));
    const lock = join(folder, 'lock');
    const withLock = createDirectoryLock(lock);
    const events: string[] = [];
    const work = (name: string) =>
      withLock(async () => {
        events.push(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        events.push(`${name} end`);
        return name;
      });
    await expect(Promise.all([work('a'), work('b'), work('c')])).resolves.toEqual(['a', 'b', 'c']);
    for (let index = 0; index < events.length; index += 2) {
      expect(events[index]!.split(' ')[0]).toBe(events[index + 1]!.split(' ')[0]);
    }
    expect(existsSync(lock)).toBe(false);
    rmSync(folder, { recursive: true, force: true });
  });

  test('a lock left by a process that has died is taken over', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'system-tool-lock-'));
    const lock = join(folder, 'lock');
    mkdirSync(lock);
    // A pid far above any Linux pid_max: no such process.
    writeFileSync(join(lock, 'pid'), '99999999');
    await expect(createDirectoryLock(lock)(async () => 'taken')).resolves.toBe('taken');
    expect(existsSync(lock)).toBe(false);
    rmSync(folder, { recursive: true, force: true });
  });

  test('the lock is released when the action fails', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'system-tool-lock-'));
    const lock = join(folder, 'lock');
    await expect(
      createDirectoryLock(lock)(async () => {
        throw new Error('install failed');
      }),
    ).rejects.toThrow('install failed');
    expect(existsSync(lock)).toBe(false);
    rmSync(folder, { recursive: true, force: true });
  });
});
