// `npx parent-partner` in a clone runs this repository's command, never a package of that name from
// the registry: the root depends on the CLI workspace, so npm links its bin, and the bin runs the
// build, or the TypeScript source when there is no build yet (right after `npm ci`).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const packageDirectory = resolve(import.meta.dirname, '..');
const cache = mkdtempSync(join(tmpdir(), 'parent-partner-npx-cache-'));

afterAll(() => {
  rmSync(cache, { recursive: true, force: true });
});

/** Runs npx with an unreachable registry and an empty npm cache: nothing can come from outside. */
function npx(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
) {
  const result = spawnSync('npx', [...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    timeout: 120_000,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      NO_COLOR: '1',
      COLUMNS: '80',
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_cache: cache,
      npm_config_update_notifier: 'false',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      ...options.env,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npx parent-partner in the repository', () => {
  test('the root depends on the CLI workspace, whose bin is a file in the repository', () => {
    const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      devDependencies?: Record<string, string>;
    };
    const cliManifest = JSON.parse(
      readFileSync(join(packageDirectory, 'package.json'), 'utf8'),
    ) as {
      version: string;
      bin: Record<string, string>;
    };
    expect(rootManifest.devDependencies?.['@parent-partner/cli']).toBe(cliManifest.version);
    const bin = join(packageDirectory, cliManifest.bin['parent-partner']!);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  test('--help runs the local command with the registry unreachable', { timeout: 120_000 }, () => {
    const run = npx(['parent-partner', '--help']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: parent-partner \[options\] \[command\]/);
    for (const command of ['validate', 'rank', 'assign', 'report', 'schema', 'demo']) {
      expect(run.stdout).toContain(`  ${command}`);
    }
  });

  test('before a build it runs from source, with the same help and version', {
    timeout: 120_000,
  }, () => {
    const built = npx(['parent-partner', '--help']);
    const fromSource = npx(['parent-partner', '--help'], {
      env: { PARENT_PARTNER_CLI_SOURCE: '1' },
    });
    expect(fromSource.stderr).toBe('');
    expect(fromSource.status).toBe(0);
    expect(fromSource.stdout).toBe(built.stdout);
    const version = npx(['parent-partner', '--version'], {
      env: { PARENT_PARTNER_CLI_SOURCE: '1' },
    });
    expect(version.stdout.trim()).toBe(
      (
        JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8')) as {
          version: string;
        }
      ).version,
    );
  });

  test('exit codes pass through from the source run', { timeout: 120_000 }, () => {
    const run = npx(['parent-partner', 'report'], { env: { PARENT_PARTNER_CLI_SOURCE: '1' } });
    expect(run.status).toBe(2);
    expect(run.stderr).not.toBe('');
  });

  test('from a package folder of the workspace too', { timeout: 120_000 }, () => {
    const run = npx(['parent-partner', '--version'], { cwd: join(root, 'packages', 'core') });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('a copy with neither a build nor its source says so on one line', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parent-partner-bin-copy-'));
    try {
      mkdirSync(join(folder, 'bin'));
      copyFileSync(
        join(packageDirectory, 'bin', 'parent-partner.js'),
        join(folder, 'bin', 'parent-partner.mjs'),
      );
      const run = spawnSync(
        process.execPath,
        [join(folder, 'bin', 'parent-partner.mjs'), '--help'],
        {
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '' },
        },
      );
      expect(run.status).toBe(3);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        'parent-partner: this copy has no build (dist/bin.js): run `npm run build` in the repository.\n',
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
