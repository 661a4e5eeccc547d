import { describe, expect, test } from 'vitest';
import {
  entryCalls,
  listPackageFolders,
  listPortableEntries,
  nodeOnlyEntries,
  readManifest,
} from './entries';

describe('the entry points the bundle tests cover', () => {
  test('every public entry point makes a real call, unless it is Node.js by design', () => {
    const mainEntries = listPackageFolders()
      .map((folder) => readManifest(folder).name)
      .filter((name) => !(name in nodeOnlyEntries));
    const uncovered = listPortableEntries()
      .filter((entry) => entry.call === undefined && !entry.specifier.endsWith('/internal'))
      .map((entry) => entry.specifier);
    // A new entry point needs a call in src/calls/ listed in entryCalls, or a place in nodeOnlyEntries
    // with the reason it cannot run in a browser.
    expect(uncovered).toEqual([]);
    for (const name of mainEntries) expect(entryCalls[name], name).toBeDefined();
  });

  test('the lists name only entry points that exist', () => {
    const specifiers = new Set(
      listPackageFolders().flatMap((folder) => {
        const manifest = readManifest(folder);
        return Object.keys(manifest.exports ?? {}).map((subpath) =>
          subpath === '.' ? manifest.name : `${manifest.name}${subpath.slice(1)}`,
        );
      }),
    );
    for (const specifier of [...Object.keys(entryCalls), ...Object.keys(nodeOnlyEntries)]) {
      expect(specifiers.has(specifier), specifier).toBe(true);
    }
  });

  test('the reports XLSX entry and every main entry but the CLI are bundled', () => {
    const specifiers = listPortableEntries().map((entry) => entry.specifier);
    expect(specifiers).toContain('@parent-partner/reports/xlsx');
    expect(specifiers).toContain('@parent-partner/privacy');
    expect(specifiers).not.toContain('@parent-partner/cli');
    expect(specifiers).not.toContain('@parent-partner/privacy/node');
  });
});
