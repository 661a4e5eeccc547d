import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Root of the repository, two levels above this workspace. */
export const repositoryRoot: string = resolve(import.meta.dirname, '../../..');

/** A module specifier of the SDK that an app can import, as its `exports` map lists it. */
export interface EntryPoint {
  /** For example `@parent-partner/reports/xlsx`. */
  readonly specifier: string;
  /** The package folder name, for example `reports`. */
  readonly packageFolder: string;
  /**
   * The module under `src/calls/` that makes a real call of this entry, or none for an `internal`
   * subpath, which is only loaded (its exports listed and compared with Node.js's).
   */
  readonly call?: string;
}

/**
 * Entry points that are Node.js by design, and why: they are neither bundled for a browser nor
 * promised to run there. Every other entry point must load in a browser and an edge runtime.
 */
export const nodeOnlyEntries: Readonly<Record<string, string>> = {
  '@parent-partner/cli': 'the parent-partner command: files, the process and the clock',
  '@parent-partner/privacy/node': 'the file-backed disclosure log store, for Node.js servers',
};

/** The entry points with a real call, by specifier, and the module under `src/calls/` that makes it. */
export const entryCalls: Readonly<Record<string, string>> = {
  '@parent-partner/core': 'core',
  '@parent-partner/core/json-schema': 'core-json-schema',
  '@parent-partner/import': 'import',
  '@parent-partner/import/xlsx': 'import-xlsx',
  '@parent-partner/matching': 'matching',
  '@parent-partner/privacy': 'privacy',
  '@parent-partner/reports': 'reports',
  '@parent-partner/reports/xlsx': 'reports-xlsx',
  '@parent-partner/testing': 'testing',
};

interface Manifest {
  readonly name: string;
  readonly private?: boolean;
  readonly exports?: Record<string, unknown>;
}

/** Reads `packages/<folder>/package.json`. */
export function readManifest(folder: string, root: string = repositoryRoot): Manifest {
  return JSON.parse(
    readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8'),
  ) as Manifest;
}

/** Lists the package folders under `packages/` that have a manifest. */
export function listPackageFolders(root: string = repositoryRoot): string[] {
  return readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(join(root, 'packages', entry.name, 'package.json')),
    )
    .map((entry) => entry.name)
    .sort();
}

/**
 * Every JavaScript entry point of every package (each `exports` subpath but `./package.json` and
 * JSON files), with the call that exercises it; Node-only entries are left out.
 */
export function listPortableEntries(root: string = repositoryRoot): EntryPoint[] {
  const entries: EntryPoint[] = [];
  for (const folder of listPackageFolders(root)) {
    const manifest = readManifest(folder, root);
    for (const subpath of Object.keys(manifest.exports ?? {})) {
      if (subpath === './package.json' || subpath.endsWith('.json')) continue;
      const specifier = subpath === '.' ? manifest.name : `${manifest.name}${subpath.slice(1)}`;
      if (specifier in nodeOnlyEntries) continue;
      const call = entryCalls[specifier];
      entries.push(
        call === undefined
          ? { specifier, packageFolder: folder }
          : { specifier, packageFolder: folder, call },
      );
    }
  }
  return entries;
}
