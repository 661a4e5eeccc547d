export type { CsvDelimiter, CsvImporter, CsvImportOptions } from './csv-importer';
export { createCsvImporter } from './csv-importer';
export type {
  FileProblem,
  ImportEntry,
  ImportedRecord,
  ImportOptions,
  ImportPath,
  ImportProblem,
  ImportResult,
  RejectedRow,
} from './import-entry';
export { collectImportEntries, listImportProblems } from './import-entry';
export { importCsvRecords, readCsvRecords } from './read-csv-records';
export type { ImportChunk, ImportSource } from './source-chunks';
