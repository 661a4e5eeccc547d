import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, type ExpectStatic, expect, test } from 'vitest';
import { launchChromium } from '../../../scripts/chromium';
import { type StaticServer, serveDirectory } from './static-server';

const root = resolve(import.meta.dirname, '../../..');
const site = join(root, 'docs', 'api');

// The packages the site must document: every folder under packages/ with a manifest.
const packageNames = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter(
    (entry) =>
      entry.isDirectory() && existsSync(join(root, 'packages', entry.name, 'package.json')),
  )
  .map((entry) => `@parent-partner/${entry.name}`)
  .sort();

// The documents the site must include, by the title in their front matter.
const documentTitles = ['guides', 'adr'].flatMap((folder) =>
  readdirSync(join(root, 'docs', folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const text = readFileSync(join(root, 'docs', folder, name), 'utf8');
      const title = /^---\n(?:.*\n)*?title:\s*(.+)\n(?:.*\n)*?---\n/.exec(text)?.[1];
      if (!title) throw new Error(`docs/${folder}/${name} has no title in its front matter`);
      return title.replace(/^(['"])(.*)\1$/, '$2');
    }),
);

/** What went wrong while a page loaded. */
interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly failedRequests: string[];
}

let server: StaticServer;
let browser: Browser;
let indexLinks: (readonly [text: string, href: string])[] = [];

beforeAll(async () => {
  if (!existsSync(join(site, 'index.html'))) {
    // Same command as `npm run docs`; it refuses to write a site that has warnings.
    execFileSync(process.execPath, [join(root, 'node_modules', 'typedoc', 'bin', 'typedoc')], {
      cwd: root,
      stdio: 'pipe',
      timeout: 200_000,
    });
  }
  server = await serveDirectory(site);
  browser = await launchChromium();
  const { page } = await openPage('index.html');
  indexLinks = await page.$$eval('a[href]', (anchors) =>
    anchors.map(
      (anchor) => [anchor.textContent?.trim() ?? '', anchor.getAttribute('href') ?? ''] as const,
    ),
  );
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page of the site and records console errors, uncaught errors and failed requests. */
async function openPage(
  path: string,
  check: ExpectStatic = expect,
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    }
  });
  const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
  check(response?.status(), path).toBe(200);
  return { page, problems };
}

function expectNoProblems(problems: PageProblems, check: ExpectStatic = expect): void {
  check(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  check(server.missing).toEqual([]);
}

/**
 * Finds the link of the index page with the given text; a package's own page (under `modules/`) wins
 * over other links with the same text, such as those of the README's package table.
 */
function findIndexLink(text: string): string | undefined {
  const hrefs = indexLinks.filter(([label]) => label === text).map(([, href]) => href);
  return hrefs.find((href) => href.startsWith('modules/')) ?? hrefs[0];
}

describe('the TypeDoc site in headless Chromium', () => {
  test('the index renders with every package and document listed', async () => {
    const { page, problems } = await openPage('index.html');
    expect(await page.title()).toContain('Parent Partner SDK');
    const texts = await page.$$eval('a[href]', (anchors) =>
      anchors.map((anchor) => anchor.textContent?.trim() ?? ''),
    );
    for (const name of packageNames) expect(texts, name).toContain(name);
    for (const title of documentTitles) expect(texts, title).toContain(title);
    await page.close();
    expectNoProblems(problems);
  });

  test.for(packageNames)('the page of %s renders', async (name, { expect }) => {
    const href = findIndexLink(name);
    expect(href, `a link to ${name} on the index`).toBeDefined();
    const { page, problems } = await openPage(href!, expect);
    expect(await page.locator('h1').first().textContent()).toContain(name);
    // A package page lists its exports; an empty page would mean the entry point was not read.
    expect(
      await page.locator('.tsd-member-summary, .tsd-index-link, .tsd-member').count(),
    ).toBeGreaterThan(0);
    await page.close();
    expectNoProblems(problems, expect);
  });

  test.for(documentTitles)('the document "%s" renders', async (title, { expect }) => {
    const href = findIndexLink(title);
    expect(href, `a link to "${title}" on the index`).toBeDefined();
    const { page, problems } = await openPage(href!, expect);
    expect(await page.locator('.tsd-panel.tsd-typography').count()).toBeGreaterThan(0);
    expect(await page.title()).toContain(title);
    await page.close();
    expectNoProblems(problems, expect);
  });
});
