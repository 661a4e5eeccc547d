import { describe, expect, it } from 'vitest';
import { importJsonRecords, importNdjsonRecords } from './json-import';

describe('importJsonRecords', () => {
  it('finds the line each element of a top-level array starts on', () => {
    const text =
      '[\n  {"id": "a", "tags": ["x", {"y": [1]}]},\n\n  {\n    "id": "b, \\"c\\""\n  }, 3, "s", null\n]\n';
    const result = importJsonRecords(text);
    expect(result.rows.map((row) => row.line)).toEqual([2, 4, 6, 6, 6]);
    expect(result.rows[1]?.input).toEqual({ id: 'b, "c"' });
  });

  it('reads the records and kind of a { kind, records } document', () => {
    const text =
      '{\n  "kind": "contact",\n  "note": [1, 2],\n  "records": [\n    {"id": "c-1"},\n    {"id": "c-2"}\n  ]\n}';
    const result = importJsonRecords(text);
    expect(result.declaredKind).toBe('contact');
    expect(result.rows.map((row) => [row.line, row.input])).toEqual([
      [5, { id: 'c-1' }],
      [6, { id: 'c-2' }],
    ]);
  });

  it('reads a single object as one record', () => {
    const result = importJsonRecords('\uFEFF\n\n{"id": "program-1"}\n');
    expect(result.rows).toEqual([
      { line: 3, input: { id: 'program-1' }, issues: [], withheldPaths: [] },
    ]);
  });

  it('reports a non-array records member and a non-string kind', () => {
    const result = importJsonRecords('{"kind": 3, "records": {}}');
    expect(result.problems.map((problem) => problem.path)).toEqual(['kind', 'records']);
  });

  it('reports invalid JSON with its line and never with the text', () => {
    const result = importJsonRecords('[\n {"id": "secret-value"},\n {"id": "x" "y"}\n]');
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([
      { line: 3, path: '', code: 'invalid_json', message: expect.any(String) },
    ]);
    expect(JSON.stringify(result.problems)).not.toContain('secret');
  });
});

describe('importNdjsonRecords', () => {
  it('numbers records by line, skips blank lines and reports broken lines', () => {
    const result = importNdjsonRecords('{"id":"a"}\r\n\n{"id":\n{"id":"c"}');
    expect(result.rows.map((row) => [row.line, row.input])).toEqual([
      [1, { id: 'a' }],
      [4, { id: 'c' }],
    ]);
    expect(result.problems.map((problem) => [problem.line, problem.code])).toEqual([
      [3, 'invalid_json'],
    ]);
  });
});
