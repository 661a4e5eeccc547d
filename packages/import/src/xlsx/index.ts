export type { XlsxImportOptions, XlsxSource } from './read-xlsx-records';
export { importXlsxRecords, readXlsxRecords } from './read-xlsx-records';
