import { fileURLToPath } from 'node:url';
import { defineProject, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared';

export default mergeConfig(
  sharedConfig,
  defineProject({
    test: {
      name: 'docs-site',
      hookTimeout: 240_000,
      testTimeout: 60_000,
      // Finds Chromium (or installs Debian's package) once, before any test starts.
      globalSetup: [fileURLToPath(new URL('../../scripts/chromium-setup.ts', import.meta.url))],
    },
  }),
);
