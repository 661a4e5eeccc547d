// `@parent-partner/core/internal`: what the SDK's own packages build on and applications do not call.
// Not public API: names and shapes may change in any release, and the API reference does not list them.
// Applications read spreadsheets with `@parent-partner/import`, which is built on these.

export type { FlatRow, FlatRowOptions, FlatRowRecord } from './flat-row';
export { createRecordFromFlatRow } from './flat-row';
