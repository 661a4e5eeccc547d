import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

// The bundles read each package's dist folder, as an app installed from the registry would, so every
// package is built first (turbo replays unchanged packages from its cache).
export default function buildPackages(): void {
  const result = spawnSync(
    'npx',
    ['turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only'],
    {
      cwd: repositoryRoot,
      encoding: 'utf8',
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `Building the packages for the bundle tests failed (exit ${String(result.status)}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}
