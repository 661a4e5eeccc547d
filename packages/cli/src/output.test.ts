import { describe, expect, it } from 'vitest';
import { resolveTerminalWidth, shouldUseColor } from './output';

describe('shouldUseColor', () => {
  const terminal = { write: () => true, isTTY: true };
  const pipe = { write: () => true, isTTY: false };

  it('colours a terminal and not a pipe', () => {
    expect(shouldUseColor(terminal, {})).toBe(true);
    expect(shouldUseColor(pipe, {})).toBe(false);
  });

  it('honours NO_COLOR over everything, and FORCE_COLOR on a pipe', () => {
    expect(shouldUseColor(terminal, { NO_COLOR: '1' })).toBe(false);
    expect(shouldUseColor(terminal, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(shouldUseColor(terminal, { NO_COLOR: '' })).toBe(true);
    expect(shouldUseColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldUseColor(terminal, { FORCE_COLOR: '0' })).toBe(true);
    expect(shouldUseColor(terminal, { TERM: 'dumb' })).toBe(false);
  });
});

describe('resolveTerminalWidth', () => {
  it('prefers COLUMNS, then the terminal width, then 80', () => {
    expect(resolveTerminalWidth({ write: () => true, columns: 120 }, { COLUMNS: '100' })).toBe(100);
    expect(resolveTerminalWidth({ write: () => true, columns: 120 }, { COLUMNS: 'wide' })).toBe(
      120,
    );
    expect(resolveTerminalWidth({ write: () => true }, {})).toBe(80);
  });
});
