import type { ValidationIssue } from './errors';
import { type FieldShape, FieldShapeLookup, type ScalarShape } from './field-shape';
import type { RecordKind } from './record-kinds';
import { startsLikeFormula } from './spreadsheet-formula';

/** A flat row: each key is a dotted field path (`name.given`, `children.0.permanencyGoal`), each value a cell's text. */
export type FlatRow = Readonly<Record<string, string | undefined>>;

/** Options of {@link createRecordFromFlatRow}. */
export interface FlatRowOptions {
  /** The separator between the items of a list cell. Default `;` (`en;es` for two languages). */
  readonly listSeparator?: string;
}

/** The nested record input built from a flat row, and the problems of its cells. */
export interface FlatRowRecord {
  /** The record as read, to be validated with the kind's schema (`validateRecords`, `safeParseRecord`). */
  readonly input: Record<string, unknown>;
  /** Problems with single cells: a path that is not a field (`unknown_field`), a path holding several fields (`not_a_single_field`), a formula (`formula_injection`). */
  readonly issues: readonly ValidationIssue[];
  /** Field paths left out of `input` because of those problems, so that schema issues under them need not be repeated. */
  readonly withheldPaths: readonly string[];
}

const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const trueWords = new Set(['true', 'yes', 'y', '1']);
const falseWords = new Set(['false', 'no', 'n', '0']);
// A leading + or - followed only by digits, spaces and ( ) . / - is a phone number or a signed number,
// which a spreadsheet evaluates as arithmetic at worst, so such a cell is kept.
const numericBody = /^[+-][\d ()./-]*$/;

// One lookup per kind (created on first use; an unknown kind throws there): each reads the kind's JSON Schema once and remembers every path it was asked.
const lookups = new Map<RecordKind, FieldShapeLookup>();

function lookupOf(kind: RecordKind): FieldShapeLookup {
  let lookup = lookups.get(kind);
  if (lookup === undefined) {
    lookup = new FieldShapeLookup(kind);
    lookups.set(kind, lookup);
  }
  return lookup;
}

function isFormulaCell(text: string): boolean {
  return startsLikeFormula(text) && !numericBody.test(text);
}

function coerceScalar(cell: string, shape: ScalarShape): unknown {
  if (shape === 'number' && numberPattern.test(cell)) return Number(cell);
  if (shape === 'boolean') {
    const word = cell.toLowerCase();
    if (trueWords.has(word)) return true;
    if (falseWords.has(word)) return false;
  }
  // A cell that does not fit stays text, so the schema reports the type it expected.
  return cell;
}

function setAtPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.');
  let node: Record<string, unknown> | unknown[] = target;
  segments.forEach((segment, index) => {
    const key = /^\d+$/.test(segment) && Array.isArray(node) ? Number(segment) : segment;
    const container = node as Record<string | number, unknown>;
    if (index === segments.length - 1) {
      container[key] = value;
      return;
    }
    if (typeof container[key] !== 'object' || container[key] === null) {
      container[key] = /^\d+$/.test(segments[index + 1] ?? '') ? [] : {};
    }
    node = container[key] as Record<string, unknown> | unknown[];
  });
}

function readCell(
  path: string,
  raw: string,
  shape: Exclude<FieldShape, { kind: 'object' }>,
  listSeparator: string,
): { value: unknown } | { issue: ValidationIssue } {
  const formulaIssue = (issuePath: string): { issue: ValidationIssue } => ({
    issue: {
      path: issuePath,
      code: 'formula_injection',
      message:
        'starts with = + - @ | or %, which a spreadsheet runs as a formula; remove the leading character',
    },
  });
  const cell = raw.trim();
  if (shape.kind === 'list') {
    const values = cell
      .split(listSeparator)
      .map((item) => item.trim())
      .filter((item) => item !== '')
      .map((item) => coerceScalar(item, shape.item));
    const formulaIndex = values.findIndex(
      (value) => typeof value === 'string' && isFormulaCell(value),
    );
    return formulaIndex >= 0 ? formulaIssue(`${path}.${formulaIndex}`) : { value: values };
  }
  const value = coerceScalar(cell, shape.scalar);
  if (typeof value === 'string' && (isFormulaCell(raw) || isFormulaCell(cell))) {
    return formulaIssue(path);
  }
  return { value };
}

/**
 * Builds the nested input of a record from a flat row (a spreadsheet line whose headings are dotted field
 * paths): list cells are split on `;`, numbers and yes/no are converted where the kind's schema expects them,
 * empty cells are left out, and a cell a spreadsheet would run as a formula is withheld with an issue.
 *
 * @example
 * const { input, issues } = createRecordFromFlatRow('parent', {
 *   id: 'p-1',
 *   'name.given': 'Ana',
 *   languages: 'es; en',
 *   interpreterNeeded: 'yes',
 *   'children.0.ageYears': '4',
 *   countyFips: '',
 * });
 * input;
 * //=> { id: 'p-1', name: { given: 'Ana' }, languages: ['es', 'en'], interpreterNeeded: true, children: [{ ageYears: 4 }] }
 * issues;
 * //=> []
 */
export function createRecordFromFlatRow(
  kind: RecordKind,
  row: FlatRow,
  options: FlatRowOptions = {},
): FlatRowRecord {
  const lookup = lookupOf(kind);
  const listSeparator = options.listSeparator ?? ';';
  const input: Record<string, unknown> = {};
  const issues: ValidationIssue[] = [];
  const withheldPaths: string[] = [];
  for (const [path, raw] of Object.entries(row)) {
    const shape = lookup.describe(path);
    if (shape === undefined) {
      issues.push({ path, code: 'unknown_field', message: `is not a field of ${kind}` });
      withheldPaths.push(path);
      continue;
    }
    if (shape.kind === 'object') {
      issues.push({
        path,
        code: 'not_a_single_field',
        message:
          'holds several fields; give one cell per field, for example children.0.permanencyGoal',
      });
      withheldPaths.push(path);
      continue;
    }
    if (raw === undefined || raw.trim() === '') continue;
    const read = readCell(path, raw, shape, listSeparator);
    if ('issue' in read) {
      issues.push(read.issue);
      withheldPaths.push(path);
      continue;
    }
    setAtPath(input, path, read.value);
  }
  return { input, issues, withheldPaths };
}
