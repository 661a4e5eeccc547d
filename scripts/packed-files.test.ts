// What npm would publish: `npm pack --dry-run` of every public package carries the LICENSE (the
// repository's, word for word), the README and the manifest, and none of the tests, fixtures,
// goldens, snapshots or benchmarks.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '..');

interface PackedPackage {
  readonly name: string;
  readonly files: readonly { readonly path: string }[];
}

const publicPackages = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter(
    (entry) =>
      entry.isDirectory() && existsSync(join(root, 'packages', entry.name, 'package.json')),
  )
  .map((entry) => ({
    folder: entry.name,
    manifest: JSON.parse(
      readFileSync(join(root, 'packages', entry.name, 'package.json'), 'utf8'),
    ) as {
      name: string;
      private?: boolean;
    },
  }))
  .filter(({ manifest }) => manifest.private !== true);

/** Paths that belong to the repository's tests, never to a published package. */
const testOnly = [
  /(^|\/)(__fixtures__|__golden__|__snapshots__|fixtures|test|tests|bench|test-output|coverage)\//,
  /\.test\.[cm]?[jt]s$/,
  /\.test-d\.ts$/,
  /\.snap$/,
  /\.(bench|run)\.ts$/,
  /(^|\/)(tsconfig(\.build)?\.json|tsup\.config\.ts|vitest\.config\.ts|typedoc\.json)$/,
];

function packAll(): PackedPackage[] {
  const output = execFileSync(
    'npm',
    [
      'pack',
      '--dry-run',
      '--json',
      '--ignore-scripts',
      ...publicPackages.map(({ folder }) => `--workspace=packages/${folder}`),
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return JSON.parse(output) as PackedPackage[];
}

describe('the packed tarballs', () => {
  const packed = packAll();
  const license = readFileSync(join(root, 'LICENSE'), 'utf8');

  test('every public package is packed', () => {
    expect(packed.map((item) => item.name).sort()).toEqual(
      publicPackages.map(({ manifest }) => manifest.name).sort(),
    );
  });

  test.for(publicPackages.map(({ folder, manifest }) => [manifest.name, folder] as const))(
    '%s carries LICENSE, README.md and package.json, and no test file',
    ([name, folder], { expect }) => {
      const files = packed.find((item) => item.name === name)?.files.map((file) => file.path) ?? [];
      expect(files).toContain('LICENSE');
      expect(files).toContain('README.md');
      expect(files).toContain('package.json');
      expect(readFileSync(join(root, 'packages', folder, 'LICENSE'), 'utf8')).toBe(license);
      expect(files.filter((path) => testOnly.some((pattern) => pattern.test(path)))).toEqual([]);
    },
  );

  test('the patterns catch what they are for', () => {
    const caught = [
      'src/__fixtures__/records.ts',
      'src/__golden__/report.md',
      'src/__snapshots__/x.test.ts.snap',
      'test/fixtures/broken-parents.csv',
      'bench/report.run.ts',
      'src/render-report-csv.test.ts',
      'src/index.test-d.ts',
      'tsup.config.ts',
    ];
    const kept = [
      'dist/index.js',
      'src/index.ts',
      'src/xlsx/index.ts',
      'schema/report.schema.json',
      'bin/parent-partner.js',
    ];
    expect(caught.filter((path) => !testOnly.some((pattern) => pattern.test(path)))).toEqual([]);
    expect(kept.filter((path) => testOnly.some((pattern) => pattern.test(path)))).toEqual([]);
  });
});
