import { describe, expect, it } from 'vitest';
import { formatTable } from './table';

describe('formatTable', () => {
  it('aligns cells under their headings, right-aligning numbers', () => {
    expect(
      formatTable(
        [
          { heading: 'Rank', align: 'right' },
          { heading: 'Partner' },
          { heading: 'Score', align: 'right' },
        ],
        [
          ['1', 'pp-007', '0.92'],
          ['10', 'pp-12', '0.5'],
        ],
      ),
    ).toEqual([
      'Rank  Partner  Score',
      '----  -------  -----',
      '   1  pp-007    0.92',
      '  10  pp-12      0.5',
    ]);
  });

  it('styles the heading after measuring it', () => {
    const [heading] = formatTable([{ heading: 'A' }], [['long cell']], {
      styleHeading: (text) => `<${text}>`,
    });
    expect(heading).toBe('<A>');
  });
});
