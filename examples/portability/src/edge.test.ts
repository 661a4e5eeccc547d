// Each portable entry point, bundled by esbuild as an edge bundler would (the `edge-light` and
// `worker` conditions, no Node.js built-ins), runs its real call in @edge-runtime/vm, the Edge
// Runtime's own context (Web APIs only; no process, no Buffer, no require, no eval). The result
// must equal the same call's in Node.js, and nothing may be written to the console.
import { EdgeVM } from '@edge-runtime/vm';
import { describe, expect, test } from 'vitest';
import { listPortableEntries } from './entries';
import { bundleEntryCall, comparableResult, runCallInNode } from './harness';

const entries = listPortableEntries();

async function runInEdge(code: string): Promise<{ result: unknown; consoleCalls: string[] }> {
  const consoleCalls: string[] = [];
  const record =
    (level: string) =>
    (...args: unknown[]) => {
      consoleCalls.push(`console.${level}: ${args.map(String).join(' ')}`);
    };
  const vm = new EdgeVM({
    extend: (context) => {
      context.console = Object.fromEntries(
        ['log', 'info', 'debug', 'warn', 'error', 'trace'].map((level) => [level, record(level)]),
      ) as unknown as typeof context.console;
      return context;
    },
  });
  vm.evaluate(code);
  const text = await vm.evaluate<Promise<string>>(
    'portabilityCall.run().then((value) => JSON.stringify(value))',
  );
  return { result: JSON.parse(text), consoleCalls };
}

describe('every portable entry point in the Edge Runtime', () => {
  test('the runtime has Web APIs only: no Node.js globals, no eval', async () => {
    const { result } = await runInEdge(
      `var portabilityCall = { run: async () => {
        let evalAllowed = true;
        try { new Function('return 1'); } catch { evalAllowed = false; }
        return [typeof process, typeof Buffer, typeof require, typeof document, typeof crypto.subtle, evalAllowed];
      } };`,
    );
    expect(result).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'object', false]);
  });

  test('the harness sees console output and a script that fails on load', async () => {
    await expect(runInEdge("throw new ReferenceError('Buffer is not defined');")).rejects.toThrow(
      'Buffer is not defined',
    );
    const { consoleCalls } = await runInEdge(
      "console.warn('from the bundle'); var portabilityCall = { run: async () => 1 };",
    );
    expect(consoleCalls).toEqual(['console.warn: from the bundle']);
  });

  test.for(entries.map((entry) => [entry.specifier, entry] as const))(
    '%s loads and its call gives the same result as in Node.js',
    { timeout: 120_000 },
    async ([, entry], { expect }) => {
      const bundle = await bundleEntryCall(entry, 'edge');
      expect(bundle.inputs.filter((input) => input.startsWith('node:'))).toEqual([]);
      const { result, consoleCalls } = await runInEdge(bundle.code);
      expect(consoleCalls).toEqual([]);
      expect(await comparableResult(entry, result)).toEqual(
        await comparableResult(entry, await runCallInNode(entry)),
      );
    },
  );
});
