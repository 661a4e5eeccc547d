import { defineProject, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared';

export default mergeConfig(
  sharedConfig,
  defineProject({ test: { name: 'docs-site', hookTimeout: 240_000, testTimeout: 60_000 } }),
);
