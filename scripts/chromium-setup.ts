import { chromiumTool, findSystemTool, MissingSystemToolError } from './system-tool';

// A Vitest global setup for the projects with browser tests: finds Chromium once before any test
// starts, installing Debian's package when it may, or stops the run with the one line to act on
// (and no stack trace: nothing in the project is broken, the machine lacks a browser).
export default async function findChromium(): Promise<void> {
  try {
    await findSystemTool(chromiumTool);
  } catch (error) {
    if (!(error instanceof MissingSystemToolError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
