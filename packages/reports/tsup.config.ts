import { defineConfig } from 'tsup';

export default defineConfig({
  // The XLSX renderer is its own entry, so an app that renders HTML or CSV never loads exceljs.
  entry: ['src/index.ts', 'src/xlsx/index.ts'],
  // Resolved where the package is used, through package.json `imports`: each runtime gets its own build
  // of csv-stringify and exceljs.
  external: ['#csv-stringify', '#exceljs'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
});
