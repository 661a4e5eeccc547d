import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // The bin build runs in parallel and writes into the same folder, so its files are spared.
    clean: ['!bin.js', '!bin.js.map'],
    target: 'es2022',
    tsconfig: 'tsconfig.build.json',
  },
  {
    // The executable: ESM only, with a shebang so npm can link it as `parent-partner`.
    entry: ['src/bin.ts'],
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    tsconfig: 'tsconfig.build.json',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
