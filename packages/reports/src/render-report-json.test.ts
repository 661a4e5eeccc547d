import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, test } from 'vitest';
import { buildSampleReport } from '../test/sample-report';
import { renderReportJson } from './render-report-json';
import { createReportJsonSchema } from './report';

describe('renderReportJson', () => {
  test('parses back to the same document, which the published JSON Schema accepts', () => {
    const report = buildSampleReport();
    const json = renderReportJson(report);
    expect(JSON.parse(json)).toEqual(report);
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(
      createReportJsonSchema(),
    );
    expect(validate(JSON.parse(json)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...report, schemaVersion: 2 })).toBe(false);
  });

  test('injection payloads come out inert: safe inside a script element', () => {
    const json = renderReportJson(buildSampleReport(), { indent: 0 });
    expect(json).not.toMatch(/[<>]/);
    expect(json).toContain('\\u003cscript\\u003e');
    expect(json.trim().split('\n')).toHaveLength(1);
  });
});

test('example: createReportJsonSchema', () => {
  expect(createReportJsonSchema().title).toBe('Parent Partner program report');
});

test('the published schema file is the schema of the document model', async () => {
  const { readFileSync } = await import('node:fs');
  const published = JSON.parse(
    readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8'),
  );
  // Regenerate with createReportJsonSchema() when the model changes.
  expect(published).toEqual(createReportJsonSchema());
});
