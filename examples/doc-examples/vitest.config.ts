import { defineProject, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared';

export default mergeConfig(
  sharedConfig,
  defineProject({ test: { name: 'doc-examples', hookTimeout: 120_000, testTimeout: 60_000 } }),
);
