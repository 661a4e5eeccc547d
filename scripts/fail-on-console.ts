import { afterEach, beforeEach, vi } from 'vitest';

// Any console output fails the test: personal data must never reach logs,
// and a library that prints is a library that can leak.
const methods = ['log', 'info', 'debug', 'warn', 'error', 'trace'] as const;

beforeEach(() => {
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${method} was called in a test (${args.length} argument(s)).`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
});
