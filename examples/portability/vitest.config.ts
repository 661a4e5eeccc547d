import { fileURLToPath } from 'node:url';
import { defineProject, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared';

export default mergeConfig(
  sharedConfig,
  defineProject({
    test: {
      name: 'portability',
      // The bundles are made from the built packages, as an app would get them; Chromium is found
      // (or installed) once, before any test starts.
      globalSetup: [
        fileURLToPath(new URL('./src/build-packages.ts', import.meta.url)),
        fileURLToPath(new URL('../../scripts/chromium-setup.ts', import.meta.url)),
      ],
    },
  }),
);
