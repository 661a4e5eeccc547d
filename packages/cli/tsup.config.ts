import { defineConfig } from 'tsup';

export default defineConfig({
  // The library entry and the executable are built together so they share chunks, and so the
  // executable's commands stay in chunks loaded only when a command runs (fast --help and validate).
  // bin.ts starts with a #!/usr/bin/env node line, which esbuild keeps, so npm can link it as
  // `parent-partner`; package.json points `bin` at the ESM build.
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  splitting: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
});
