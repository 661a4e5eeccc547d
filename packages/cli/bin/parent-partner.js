#!/usr/bin/env node
// The `parent-partner` executable that npm links. It runs the built command (dist/bin.js) when there
// is one, as in every installed package. In a clone of the repository before `npm run build` (or with
// PARENT_PARTNER_CLI_SOURCE=1, to work on the CLI without rebuilding) it runs the TypeScript source
// through tsx instead, with the packages' source condition, so `npx parent-partner` works right
// after `npm ci` and never asks the registry for a package of that name.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/bin.js', import.meta.url);
const source = new URL('../src/bin.ts', import.meta.url);
const fromSource = process.env.PARENT_PARTNER_CLI_SOURCE === '1' || !existsSync(built);

if (!fromSource) {
  await import(built.href);
} else {
  let tsx;
  try {
    tsx = import.meta.resolve('tsx');
  } catch {
    tsx = undefined;
  }
  if (!existsSync(source) || tsx === undefined) {
    process.stderr.write(
      'parent-partner: this copy has no build (dist/bin.js): run `npm run build` in the repository.\n',
    );
    process.exit(3);
  }
  const run = spawnSync(
    process.execPath,
    [
      '--conditions=@parent-partner/source',
      '--import',
      tsx,
      fileURLToPath(source),
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  );
  if (run.error) throw run.error;
  process.exitCode = run.status ?? 3;
}
