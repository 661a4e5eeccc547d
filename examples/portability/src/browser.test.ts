// Each portable entry point, bundled by esbuild for the browser from its built dist/ (no alias, no
// shim), runs its real call in headless Chromium; the result must equal the same call's in Node.js,
// with no page error, no console error or warning and no network request.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../../scripts/chromium';
import { listPortableEntries } from './entries';
import { bundleEntryCall, comparableResult, runCallInNode } from './harness';

const entries = listPortableEntries();
const pageUrl = 'https://portability.example.test/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function runInChromium(code: string): Promise<{ result: unknown; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (request.url() !== pageUrl) problems.push(`request: ${request.url()}`);
  });
  try {
    // An https page, served by playwright itself (no network): Web Crypto's subtle API, which the
    // privacy package's HMAC needs, exists only in a secure context, as on any deployed app.
    await page.route(pageUrl, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="en"><meta charset="utf-8"><title>SDK</title></html>',
      }),
    );
    await page.goto(pageUrl);
    await page.addScriptTag({ content: code });
    const text = await page.evaluate(async () => {
      const call = (globalThis as unknown as { portabilityCall?: { run: () => Promise<unknown> } })
        .portabilityCall;
      if (!call) throw new Error('the bundle did not define portabilityCall');
      return JSON.stringify(await call.run());
    });
    return { result: JSON.parse(text), problems };
  } finally {
    await page.close();
  }
}

describe('every portable entry point in headless Chromium', () => {
  test('the runtime is a real browser: no Node.js globals', async () => {
    const { result, problems } = await runInChromium(
      'var portabilityCall = { run: async () => [typeof process, typeof Buffer, typeof require, typeof document] };',
    );
    expect(result).toEqual(['undefined', 'undefined', 'undefined', 'object']);
    expect(problems).toEqual([]);
  });

  test('the harness sees a script that fails on load and a console error', async () => {
    const { result, problems } = await runInChromium(
      "console.error('from the bundle'); var portabilityCall = { run: async () => 1 }; throw new Error('Buffer is not defined');",
    );
    expect(result).toBe(1);
    expect(problems).toEqual([
      'console.error: from the bundle',
      'page error: Buffer is not defined',
    ]);
  });

  test.for(entries.map((entry) => [entry.specifier, entry] as const))(
    '%s loads and its call gives the same result as in Node.js',
    { timeout: 120_000 },
    async ([, entry], { expect }) => {
      const bundle = await bundleEntryCall(entry, 'browser');
      // The browser build of each dependency, never a Node.js build that needs Buffer or node: modules.
      expect(bundle.inputs.filter((input) => input.startsWith('node:'))).toEqual([]);
      expect(bundle.inputs.filter((input) => input.includes('csv-stringify/lib/'))).toEqual([]);
      const { result, problems } = await runInChromium(bundle.code);
      expect(problems).toEqual([]);
      expect(await comparableResult(entry, result)).toEqual(
        await comparableResult(entry, await runCallInNode(entry)),
      );
    },
  );
});
