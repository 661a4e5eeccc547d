import { createSyntheticProgram } from '@parent-partner/testing';
import { expect, test } from 'vitest';
import { main } from './index';

test('the quickstart goes through the four packages and prints what each decided', () => {
  const lines: string[] = [];
  const summary = main((line) => lines.push(line));

  // core: the broken row is refused by path and code, the others are kept.
  expect(summary.validParents).toBe(60);
  expect(summary.invalidRows).toEqual([{ index: 60, paths: ['countyFips', 'birthDate'] }]);

  // matching: every partner is either a ranked candidate or excluded with reasons.
  expect(summary.candidates).toBeGreaterThan(0);
  expect(summary.candidates + summary.excluded).toBe(24);

  // privacy: a general consent never covers substance-use-disorder records.
  expect(summary.disclosure).toBe('partial');
  expect(summary.permittedCategories).toEqual(['program-participation', 'contact-notes']);

  // reports: the quarter's report as Markdown.
  expect(summary.markdown.startsWith('# Program report')).toBe(true);
  expect(summary.markdown).toContain('SFY2026-Q4');

  const output = lines.join('\n');
  for (const heading of [
    '1. Validate',
    '2. Rank parent partners',
    '3. Check consent',
    '4. Build',
  ]) {
    expect(output).toContain(heading);
  }
  expect(output).toContain('row 60: countyFips [invalid_format]');
  expect(output).toContain('substance-use-disorder: deny (category-needs-explicit-consent)');
});

test('the quickstart prints no name of a (synthetic) parent or partner', () => {
  const lines: string[] = [];
  main((line) => lines.push(line));
  const output = lines.join('\n');
  const synthetic = createSyntheticProgram({
    seed: 'quickstart',
    asOf: '2026-06-30',
    partners: 24,
  });
  const names = [...synthetic.parents, ...synthetic.partners].map(
    (person) => `${person.name.given} ${person.name.family}`,
  );
  expect(names.filter((name) => output.includes(name))).toEqual([]);
});
