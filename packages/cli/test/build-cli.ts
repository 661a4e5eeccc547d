import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

// The subprocess tests run the built binary, which loads the other packages from their dist folders,
// so the CLI and everything it depends on are built first (turbo replays unchanged packages from cache).
export default function buildCli(): void {
  const result = spawnSync(
    'npx',
    ['turbo', 'run', 'build', '--filter=@parent-partner/cli...', '--output-logs=errors-only'],
    {
      cwd: repositoryRoot,
      encoding: 'utf8',
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `Building @parent-partner/cli for the subprocess tests failed (exit ${String(result.status)}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}
