import { fileURLToPath } from 'node:url';
import { defineProject, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared';

export default mergeConfig(
  sharedConfig,
  defineProject({
    test: {
      name: 'cli',
      // Builds the binary (and the packages it loads) once, for the tests that run it as a subprocess.
      globalSetup: [fileURLToPath(new URL('./test/build-cli.ts', import.meta.url))],
    },
  }),
);
