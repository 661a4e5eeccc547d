import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/json-schema.ts', 'src/internal.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
});
