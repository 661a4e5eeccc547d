import { defineConfig } from 'tsup';

export default defineConfig({
  // The library entry and the executable are built together so they share chunks, and so the
  // executable's commands stay in chunks loaded only when a command runs (fast --help and validate).
  // package.json's `bin` is bin/parent-partner.js, a committed launcher that imports dist/bin.js (and,
  // in a clone before any build, runs src/bin.ts through tsx), so npm links it right after `npm ci`.
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  splitting: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
});
