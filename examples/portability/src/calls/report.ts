import { buildProgramReport, type Report } from '@parent-partner/reports';
import { createCallProgram } from './data';

/** The quarter's program report of the synthetic program, small cells suppressed by default. */
export function buildCallReport(): Report {
  return buildProgramReport(createCallProgram(), {
    period: 'SFY2026-Q3',
    generatedAt: '2026-04-02T09:00:00-05:00',
  });
}
