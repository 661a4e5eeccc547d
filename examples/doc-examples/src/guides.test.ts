import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadRuleSet } from '@parent-partner/matching';
import { beforeAll, describe, expect, test } from 'vitest';
import { readRootCompilerOptions, repositoryRoot } from './extract-examples';
import { generatedSections, normalizeTables, replaceSection } from './generated-sections';
import { listDocuments, readFencedBlocks, readFrontMatter } from './guide-code';
import { generatedDirectory, prepareExamples, typeCheckExamples } from './run-examples';

const guides = listDocuments('guides');
const decisions = listDocuments('adr');

// Every ```ts block of a guide is a complete program: it imports what it uses, and its //=> comments
// are checked like those of the API examples. Fragments that are not meant to run use another fence.
const prepared = prepareExamples(
  guides.flatMap((file) =>
    readFencedBlocks(file)
      .filter((block) => block.language === 'ts' || block.language === 'typescript')
      .map((block) => ({
        title: `${file} — ${block.heading}`,
        file,
        line: block.line,
        code: block.code,
      })),
  ),
  new Map(),
  join(generatedDirectory, 'guides'),
);

let typeErrors: Map<string, string[]>;
beforeAll(() => {
  typeErrors = typeCheckExamples(prepared, readRootCompilerOptions());
});

describe('the guides and decision records', () => {
  test('every guide and decision record has a title and a group in its front matter', () => {
    const missing = [...guides, ...decisions].filter((file) => {
      const front = readFrontMatter(file);
      return !front.title || !front.group;
    });
    expect(missing).toEqual([]);
    expect(guides.length).toBeGreaterThanOrEqual(7);
  });

  test('every decision record has a context, a decision and consequences', () => {
    for (const file of decisions) {
      const text = readFileSync(join(repositoryRoot, file), 'utf8');
      const headings = [...text.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
      expect(headings, file).toEqual(
        expect.arrayContaining(['Context', 'Decision', 'Consequences']),
      );
    }
    expect(decisions.map((file) => file.replace(/^docs\/adr\/(\d{4})-.*$/, '$1'))).toEqual([
      '0001',
      '0002',
      '0003',
      '0004',
      '0005',
    ]);
  });

  test.for(generatedSections.map((section) => [section.file, section] as const))(
    'the generated part of %s matches the packages',
    ([, section]) => {
      const guide = readFileSync(join(repositoryRoot, section.file), 'utf8');
      // If this fails, run: npm run generate -w @parent-partner-example/doc-examples
      expect(normalizeTables(guide)).toBe(normalizeTables(replaceSection(guide, section)));
    },
  );

  test.for(
    prepared.map((item) => [`${item.source.title} (line ${item.source.line})`, item] as const),
  )('TypeScript in %s type-checks and runs', async ([, item]) => {
    expect(item.problems).toEqual([]);
    expect(typeErrors.get(item.modulePath)).toEqual([]);
    await import(pathToFileURL(item.modulePath).href);
  });

  // Every complete rule set shown to counties loads through the real loader (fragments use ```jsonc).
  test.for(
    readFencedBlocks('docs/guides/matching-rules.md')
      .filter((block) => block.language === 'json')
      .map((block) => [`line ${block.line}`, block] as const),
  )('the rule set of matching-rules.md at %s loads', ([, block]) => {
    const ruleSet = loadRuleSet(block.code);
    expect(ruleSet.id).toBe((JSON.parse(block.code) as { id: string }).id);
  });
});
