// Runs every benchmark of the SDK: each `packages/*/bench/*.run.ts` script in its own Node process
// (so peak memory is its own), then Vitest's `bench` files. Each script prints its figures as a table
// and as a final JSON line; this runner gathers the JSON into bench-results.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2);
const results = {};
let failed = false;

for (const pkg of readdirSync(join(root, 'packages')).sort()) {
  const dir = join(root, 'packages', pkg, 'bench');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.run.ts'))
    .sort()) {
    if (only.length > 0 && !only.some((filter) => `${pkg}/${file}`.includes(filter))) continue;
    console.log(`\n== ${pkg}/bench/${file}`);
    const run = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=4096',
        '--conditions=@parent-partner/source',
        '--import',
        'tsx',
        join(dir, file),
      ],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    process.stdout.write(run.stdout);
    if (run.status !== 0) {
      failed = true;
      console.error(`${pkg}/bench/${file} exited with ${run.status}`);
      continue;
    }
    const lastJson = run.stdout
      .trim()
      .split('\n')
      .reverse()
      .find((line) => line.startsWith('{'));
    if (lastJson) results[`${pkg}/${file}`] = JSON.parse(lastJson);
  }
}

const vitestBenches = readdirSync(join(root, 'packages')).some((pkg) => {
  const dir = join(root, 'packages', pkg, 'bench');
  return existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.bench.ts'));
});
if (vitestBenches && only.length === 0) {
  console.log('\n== vitest bench');
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vitest/vitest.mjs'), 'bench', '--run'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (run.status !== 0) failed = true;
}

writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nFigures written to bench-results.json');
process.exit(failed ? 1 : 0);
