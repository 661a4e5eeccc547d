import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The main entry must run where there is no Node.js: bundled for a browser (or an edge runtime, whose
// conditions pick the same csv-parse build), it is run in a bare context holding only Web APIs, with no
// `Buffer`, `process`, `require` or Node built-in module.
async function bundleFor(conditions: string[]): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { importCsvRecords, readCsvRecords } from '@parent-partner/import';
        globalThis.run = async (bytes) => {
          const whole = importCsvRecords('maltreatmentReport', bytes);
          const streamed = [];
          const stream = new ReadableStream({ start(controller) { controller.enqueue(bytes.subarray(0, 40)); controller.enqueue(bytes.subarray(40)); controller.close(); } });
          for await (const entry of readCsvRecords('maltreatmentReport', stream)) streamed.push([entry.type, entry.line]);
          return { records: whole.records.map((entry) => entry.record.id), problems: whole.rejected.flatMap((row) => row.problems.map((problem) => problem.code)), streamed };
        };
      `,
      resolveDir: import.meta.dirname,
    },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    conditions: ['@parent-partner/source', ...conditions],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('the main entry in a browser or an edge runtime', () => {
  it.each([[['browser']], [['worker']], [['edge-light']]])(
    'bundles with %j and runs with Web APIs only',
    async (conditions) => {
      const code = await bundleFor(conditions);
      expect(code).not.toMatch(/require\("(node:)?(stream|buffer|fs|events|util)"\)/);
      const context: Record<string, unknown> = {
        TextDecoder,
        TextEncoder,
        ReadableStream,
        setTimeout,
        clearTimeout,
        queueMicrotask,
      };
      runInNewContext(code, context);
      expect(context.Buffer).toBeUndefined();
      const csv =
        'id;parentId;childId;disposition;reportDate\no-1;p-1;c-1;substantiated;2026-03-01\no-2;p-1;;substantiated;2026-03-01\n';
      const run = context.run as (bytes: Uint8Array) => Promise<unknown>;
      expect(await run(new TextEncoder().encode(csv))).toEqual({
        records: ['o-1'],
        problems: ['empty'],
        streamed: [
          ['record', 2],
          ['rejected', 3],
        ],
      });
    },
  );
});
