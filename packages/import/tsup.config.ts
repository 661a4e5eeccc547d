import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/xlsx/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  // Resolved by the consumer through this package's `imports` field, so a browser or edge bundle
  // gets the browser builds of csv-parse and exceljs and Node gets their Node builds.
  external: ['#csv-parse-sync', '#exceljs'],
});
