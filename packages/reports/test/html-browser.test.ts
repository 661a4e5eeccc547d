// The HTML report in a real browser: Debian's Chromium (found, or installed, by scripts/system-tool.ts)
// driven by playwright-core renders it with no console error, axe-core finds no serious or critical
// accessibility violation, and a screenshot is written to packages/reports/test-output/ (git-ignored).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createSyntheticProgram } from '@parent-partner/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../../scripts/chromium';
import { buildProgramReport } from '../src/build-program-report';
import { renderReportHtml } from '../src/render-report-html';
import type { Report } from '../src/report';
import { buildSampleReport } from './sample-report';

const require = createRequire(import.meta.url);
const axeSource: string = require('axe-core').source;
const outputDirectory = fileURLToPath(new URL('../test-output/', import.meta.url));

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: unknown[];
}

let browser: Browser;

// Long enough for the finder to install Debian's Chromium on a fresh machine (as root with apt-get).
beforeAll(async () => {
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
});

async function openReport(report: Report, name: string) {
  mkdirSync(outputDirectory, { recursive: true });
  const file = `${outputDirectory}${name}.html`;
  writeFileSync(file, renderReportHtml(report));
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.type()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) problems.push(`request: ${request.url()}`);
  });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return { page, problems };
}

async function runAxe(
  page: Awaited<ReturnType<typeof openReport>>['page'],
): Promise<AxeViolation[]> {
  // Injected through the DevTools protocol: the report's Content-Security-Policy forbids page scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.slice(0, 3).map((node) => (node as { target: unknown }).target),
    }));
  });
}

describe('the HTML report in headless Chromium', () => {
  test('a synthetic program report renders cleanly, passes axe and is photographed', async () => {
    const program = createSyntheticProgram({
      seed: 'reports-golden',
      asOf: '2026-01-15',
      counties: 3,
      parents: 400,
      partners: 24,
      months: 18,
    });
    const report = buildProgramReport(program, {
      period: 'SFY2026-Q2',
      generatedAt: '2026-01-20T09:00:00-06:00',
    });
    const { page, problems } = await openReport(report, 'program-report');
    expect(await page.locator('table').count()).toBeGreaterThan(10);
    expect(await page.locator('svg[role="img"]').count()).toBe(3);
    const violations = await runAxe(page);
    const serious = violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
    expect(serious, JSON.stringify(serious)).toEqual([]);
    const screenshot = `${outputDirectory}program-report.png`;
    await page.screenshot({ path: screenshot, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.pdf?.({ path: `${outputDirectory}program-report.pdf` }).catch(() => undefined);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  test('injection payloads stay inert in the browser: no script runs, no dialog, no request', async () => {
    const { page, problems } = await openReport(buildSampleReport(), 'payload-report');
    const scripts = await page.locator('script').count();
    expect(scripts).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('caption').first().textContent()).toContain('=HYPERLINK(');
    const serious = (await runAxe(page)).filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
    expect(serious, JSON.stringify(serious)).toEqual([]);
    await page.screenshot({ path: `${outputDirectory}payload-report.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
