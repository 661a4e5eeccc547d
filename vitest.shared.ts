import { fileURLToPath } from 'node:url';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Tests run on source: the package exports' first condition points at src/.
const conditions = ['@parent-partner/source', ...defaultServerConditions];

/** Settings every package's Vitest project shares. */
export const sharedConfig = defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    environment: 'node',
    restoreMocks: true,
    setupFiles: [fileURLToPath(new URL('./scripts/fail-on-console.ts', import.meta.url))],
    typecheck: {
      enabled: true,
      include: ['**/*.test-d.ts'],
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    },
    testTimeout: 30_000,
  },
});
