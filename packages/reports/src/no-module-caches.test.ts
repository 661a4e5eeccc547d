import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// No state behind the caller's back: a module of this package may hold constant lookup tables, never a cache
// of what it was given. Every module-level Map or Set is listed here with why it is safe; WeakMaps and WeakSets
// (caches keyed by the caller's objects) are never allowed.
const ALLOWED: Readonly<Record<string, string>> = {
  'metric.ts CATEGORIES': 'constant set of report sections',
  'metric.ts UNITS': 'constant set of units',
  'metric.ts SCOPES': 'constant set of scope kinds',
  'period-facts.ts PERMANENCY_EXITS': 'constant set of discharge events',
  'period-facts.ts RE_ENTRY_EXITS': 'constant set of discharge events',
  'program-index.ts SERVICE_STATUSES': 'constant set of match statuses',
  'program-index.ts EXIT_EVENTS': 'constant set of discharge events',
  'format-value.ts numberFormats':
    'Intl number formats by locale string: immutable values, no record in the key',
  'format-value.ts dateFormats':
    'Intl date formats by locale string: immutable values, no record in the key',
};

test('no module of the package keeps a cache keyed by what callers pass in', () => {
  const directory = new URL('./', import.meta.url);
  const found: string[] = [];
  for (const file of readdirSync(directory).filter((name) => /(?<!\.test)\.ts$/.test(name))) {
    const source = readFileSync(new URL(file, directory), 'utf8');
    for (const match of source.matchAll(
      /^(?:export )?(?:const|let|var) (\w+)(?::[^=]+)? = new (Weak)?(Map|Set)\b/gm,
    )) {
      if (match[2] !== undefined || ALLOWED[`${file} ${match[1]}`] === undefined)
        found.push(`${file} ${match[1]}`);
    }
    if (/\bnew Weak(Map|Set|Ref)\b/.test(source)) found.push(`${file} uses a weak collection`);
  }
  expect(found).toEqual([]);
});
