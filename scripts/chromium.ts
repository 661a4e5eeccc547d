// Launches Debian's Chromium for the browser tests through playwright-core, found (or installed)
// by the project's system-tool finder. Never a browser that playwright downloads.
import { type Browser, chromium } from 'playwright-core';
import { chromiumTool, findSystemTool } from './system-tool';

/** The flags every browser test runs with: headless, no sandbox (root in CI), nothing that phones home. */
export const chromiumFlags: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Starts headless Chromium. playwright gives each launch a fresh temporary `--user-data-dir` and
 * deletes it on close, so no profile is shared between tests or runs.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = await findSystemTool(chromiumTool);
  return chromium.launch({ executablePath, args: [...chromiumFlags] });
}
