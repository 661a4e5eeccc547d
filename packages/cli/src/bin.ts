#!/usr/bin/env node
import { runCli } from './run-cli';

// The only place that touches the real process: everything else takes its streams as arguments.
void runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
}).then((exitCode) => {
  process.exitCode = exitCode;
});
