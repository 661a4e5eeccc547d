import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { extractExamples, listAllExampleLocations, listPackages } from './extract-examples';
import { generatedDirectory, prepareExamples, typeCheckExamples } from './run-examples';

// Every @example on the public API is generated into a module, type-checked with the repository's
// compiler options and run; each //=> comment becomes an expect(...).toEqual(...). An example that
// uses a name it neither imports nor gets from its own package fails here.
const extraction = extractExamples();
const prepared = prepareExamples(
  extraction.examples.map((example) => ({
    title: `${example.packageName}: ${example.symbol}`,
    file: example.file,
    line: example.line,
    code: example.code,
    importFrom: example.importFrom,
  })),
  extraction.exports,
  join(generatedDirectory, 'api'),
);

let typeErrors: Map<string, string[]>;
beforeAll(() => {
  typeErrors = typeCheckExamples(prepared, extraction.options, extraction.program);
});

describe('@example blocks of the public API', () => {
  test('the packages hold examples to run', () => {
    expect(listPackages()).toContain('core');
    expect(prepared.length).toBeGreaterThan(0);
  });

  test('every @example in a package with an entry point sits on an exported symbol', () => {
    const packages = new Set(listPackages());
    const extracted = new Set(
      extraction.examples.map((example) => `${example.file}:${example.tagLine}`),
    );
    const unreachable = listAllExampleLocations().filter(
      (location) => packages.has(location.split('/')[1] ?? '') && !extracted.has(location),
    );
    // An example on a symbol the package does not export is neither published nor run.
    expect(unreachable).toEqual([]);
  });

  test.for(prepared.map((item) => [`${item.source.title} (${item.source.file})`, item] as const))(
    '%s',
    async ([, item]) => {
      expect(item.problems, 'the //=> comments must each follow an expression').toEqual([]);
      expect(typeErrors.get(item.modulePath), 'the example must type-check on its own').toEqual([]);
      await import(pathToFileURL(item.modulePath).href);
    },
  );
});
