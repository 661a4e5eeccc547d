import { chromiumTool, findSystemTool } from './system-tool';

// A Vitest global setup for the projects with browser tests: finds Chromium once before any test
// starts, installing Debian's package when it may, or stops the run with the one line to act on.
export default async function findChromium(): Promise<void> {
  await findSystemTool(chromiumTool);
}
