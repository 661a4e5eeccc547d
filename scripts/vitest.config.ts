import { defineProject, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../vitest.shared';

// Tests of the repository's own tooling (the system-tool finder, the package checks).
export default mergeConfig(
  sharedConfig,
  defineProject({ test: { name: 'scripts', include: ['**/*.test.ts'] } }),
);
