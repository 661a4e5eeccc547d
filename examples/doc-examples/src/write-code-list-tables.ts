import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceCodeListTables } from './code-list-tables';
import { repositoryRoot } from './extract-examples';

// Regenerates the code-list tables of the domain-model guide from core's code lists, then lets Biome
// align the tables as `npm run lint` expects.
const guide = join(repositoryRoot, 'docs', 'guides', 'domain-model.md');
writeFileSync(guide, replaceCodeListTables(readFileSync(guide, 'utf8')));
execFileSync(
  process.execPath,
  [
    join(repositoryRoot, 'node_modules', '@biomejs', 'biome', 'bin', 'biome'),
    'format',
    '--write',
    guide,
  ],
  { cwd: repositoryRoot, stdio: 'ignore' },
);
process.stdout.write(`Updated ${guide}\n`);
