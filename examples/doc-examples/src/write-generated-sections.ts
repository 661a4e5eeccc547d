import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from './extract-examples';
import { generatedSections, replaceSection } from './generated-sections';

// Regenerates the parts of the guides made from the packages (code lists, rule catalogue), then lets
// Biome align the tables as `npm run lint` expects.
const files = new Set<string>();
for (const section of generatedSections) {
  const path = join(repositoryRoot, section.file);
  writeFileSync(path, replaceSection(readFileSync(path, 'utf8'), section));
  files.add(path);
}
execFileSync(
  process.execPath,
  [
    join(repositoryRoot, 'node_modules', '@biomejs', 'biome', 'bin', 'biome'),
    'format',
    '--write',
    ...files,
  ],
  { cwd: repositoryRoot, stdio: 'ignore' },
);
process.stdout.write(`Updated ${[...files].join(', ')}\n`);
