import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceCodeListTables } from './code-list-tables';
import { repositoryRoot } from './extract-examples';

// Regenerates the code-list tables of the domain-model guide from core's code lists.
const guide = join(repositoryRoot, 'docs', 'guides', 'domain-model.md');
writeFileSync(guide, replaceCodeListTables(readFileSync(guide, 'utf8')));
process.stdout.write(`Updated ${guide}\n`);
