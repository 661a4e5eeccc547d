import type { ImportedFile, ImportedRow, LineIssue } from './imported-row';

interface Frame {
  readonly type: 'array' | 'object';
  readonly collectsRecords: boolean;
  expectsKey: boolean;
  key: string | undefined;
}

// Finds the line each record starts on, for a document already known to be valid JSON: the elements
// of a top-level array, or of the `records` array of a top-level object.
function findRecordLines(text: string): number[] {
  const lines: number[] = [];
  const stack: Frame[] = [];
  let line = 1;
  let index = 0;
  const noteValueStart = () => {
    const frame = stack.at(-1);
    if (frame?.type === 'array' && frame.collectsRecords) lines.push(line);
  };
  while (index < text.length) {
    const character = text[index] as string;
    const frame = stack.at(-1);
    if (character === '\n') {
      line += 1;
      index += 1;
    } else if (character === ' ' || character === '\t' || character === '\r' || character === ':') {
      index += 1;
    } else if (character === ',') {
      if (frame?.type === 'object') frame.expectsKey = true;
      index += 1;
    } else if (character === '"') {
      let end = index + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (frame?.type === 'object' && frame.expectsKey) {
        frame.key = JSON.parse(text.slice(index, end + 1)) as string;
        frame.expectsKey = false;
      } else {
        noteValueStart();
      }
      index = end + 1;
    } else if (character === '{' || character === '[') {
      noteValueStart();
      const parent = stack[0];
      const collectsRecords =
        character === '[' &&
        (stack.length === 0 ||
          (stack.length === 1 && parent?.type === 'object' && parent.key === 'records'));
      stack.push({
        type: character === '[' ? 'array' : 'object',
        collectsRecords,
        expectsKey: character === '{',
        key: undefined,
      });
      index += 1;
    } else if (character === '}' || character === ']') {
      stack.pop();
      index += 1;
    } else {
      noteValueStart();
      while (index < text.length && !/[\s,\]}]/.test(text[index] as string)) index += 1;
    }
  }
  return lines;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    if (text[index] === '\n') line += 1;
  }
  return line;
}

function describeSyntaxError(text: string, error: unknown): LineIssue {
  // V8's message may quote the text around the error, so only the position is kept from it.
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  return {
    line: position?.[1] === undefined ? 0 : lineOfOffset(text, Number(position[1])),
    path: '',
    code: 'invalid_json',
    message: 'is not valid JSON; check for a missing comma, quote or bracket',
  };
}

function toRow(line: number, input: unknown): ImportedRow {
  return { line, input, issues: [], withheldPaths: [] };
}

/**
 * Reads a JSON file of records: an array of records, an object `{ "kind": ..., "records": [...] }`,
 * or a single record object (such as `program.json`); each record keeps the line it starts on.
 */
export function importJsonRecords(text: string): ImportedFile {
  const body = text.replace(/^\uFEFF/, '');
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    return { rows: [], problems: [describeSyntaxError(body, error)] };
  }
  if (Array.isArray(document)) {
    const lines = findRecordLines(body);
    return { rows: document.map((input, index) => toRow(lines[index] ?? 0, input)), problems: [] };
  }
  if (typeof document === 'object' && document !== null && 'records' in document) {
    const { kind, records } = document as { kind?: unknown; records: unknown };
    const problems: LineIssue[] = [];
    if (kind !== undefined && typeof kind !== 'string') {
      problems.push({ line: 1, path: 'kind', code: 'invalid_type', message: 'expected string' });
    }
    if (!Array.isArray(records)) {
      problems.push({ line: 1, path: 'records', code: 'invalid_type', message: 'expected array' });
      return { rows: [], problems };
    }
    const lines = findRecordLines(body);
    return {
      ...(typeof kind === 'string' ? { declaredKind: kind } : {}),
      rows: records.map((input, index) => toRow(lines[index] ?? 0, input)),
      problems,
    };
  }
  return { rows: [toRow(lineOfOffset(body, body.search(/\S/)), document)], problems: [] };
}

/** Reads newline-delimited JSON: one record per line; blank lines are skipped. */
export function importNdjsonRecords(text: string): ImportedFile {
  const rows: ImportedRow[] = [];
  const problems: LineIssue[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((content, index) => {
      if (content.trim() === '') return;
      try {
        rows.push(toRow(index + 1, JSON.parse(content)));
      } catch {
        problems.push({
          line: index + 1,
          path: '',
          code: 'invalid_json',
          message: 'is not valid JSON; each line must hold one complete record',
        });
      }
    });
  return { rows, problems };
}
