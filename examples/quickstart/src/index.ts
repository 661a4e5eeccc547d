import { pathToFileURL } from 'node:url';
import { parsePeriod, validateRecords } from '@parent-partner/core';
import { defaultRuleSet, explainRanking, rankPartners } from '@parent-partner/matching';
import { canDisclose, createConsent } from '@parent-partner/privacy';
import { buildProgramReport, renderReportMarkdown } from '@parent-partner/reports';
import { createSyntheticProgram } from '@parent-partner/testing';

/** Where the example prints: one line at a time (the test passes its own). */
export type WriteLine = (line: string) => void;

/** What the tour found, for the test to check. */
export interface QuickstartSummary {
  readonly validParents: number;
  readonly invalidRows: readonly { readonly index: number; readonly paths: readonly string[] }[];
  readonly candidates: number;
  readonly excluded: number;
  readonly disclosure: 'permit' | 'partial' | 'deny';
  readonly permittedCategories: readonly string[];
  readonly markdown: string;
}

/** Runs the tour: core, matching, privacy and reports over a synthetic program (fictitious people only). */
export function main(write: WriteLine): QuickstartSummary {
  const asOf = '2026-06-30';
  const synthetic = createSyntheticProgram({ seed: 'quickstart', asOf, partners: 24 });

  // 1. core: validate records as they arrive from outside (here, JSON); one bad row never loses the others.
  const rows: unknown[] = JSON.parse(JSON.stringify(synthetic.parents));
  rows.push({
    ...(rows[0] as object),
    id: 'parent-broken',
    countyFips: 'Door',
    birthDate: '2026-02-30',
  });
  const parents = validateRecords('parent', rows);
  const invalidRows = parents.invalid.map((row) => ({
    index: row.index,
    paths: row.issues.map((issue) => issue.path),
  }));
  write('1. Validate (@parent-partner/core)');
  write(`   ${parents.valid.length} parents valid, ${parents.invalid.length} row refused:`);
  for (const row of parents.invalid) {
    for (const issue of row.issues) write(`   row ${row.index}: ${issue.path} [${issue.code}]`);
  }

  // 2. matching: rank the partners for the parents not yet matched, with the reasons, and show the
  // parent with the most candidates (the first such parent by id when several tie).
  const matched = new Set(synthetic.matches.map((match) => match.parentId));
  const rankings = parents.valid
    .filter((candidate) => !matched.has(candidate.id))
    .map((candidate) =>
      rankPartners(candidate, synthetic.partners, defaultRuleSet, {
        asOf,
        program: synthetic.program,
        matches: synthetic.matches,
      }),
    );
  const ranking = rankings.reduce((best, next) =>
    next.candidates.length > best.candidates.length ? next : best,
  );
  const parent = parents.valid.find((candidate) => candidate.id === ranking.parentId)!;
  write('');
  write('2. Rank parent partners (@parent-partner/matching)');
  write(
    `   ${rankings.length} parents are waiting for a partner; the first with the most candidates:`,
  );
  const explanation = explainRanking(ranking, defaultRuleSet).split('\n');
  const excludedAt = explanation.findIndex((line) => line.startsWith('Excluded partners'));
  for (const line of explanation.slice(0, excludedAt < 0 ? undefined : excludedAt).slice(0, 16)) {
    write(`   ${line}`);
  }
  write(`   ... and ${ranking.excluded.length} excluded partners, each with every reason.`);

  // 3. privacy: may this parent's information go to their caseworker for case planning?
  const consent = createConsent({
    id: 'consent-quickstart-1',
    legalBasis: 'program-participation-agreement',
    subject: { kind: 'parent', id: parent.id },
    signers: [{ role: 'subject', method: 'written', signedOn: '2026-01-12' }],
    disclosingParties: [],
    recipients: [{ kind: 'role', id: 'caseworker' }],
    categories: ['general-records'],
    purposes: ['case-planning'],
    effectiveFrom: '2026-01-12T10:00:00-06:00',
    statements: [],
  });
  const decision = canDisclose({
    consents: [consent],
    subject: parent.id,
    recipient: { organizationId: 'org-example-county-agency', roles: ['caseworker'] },
    categories: ['program-participation', 'contact-notes', 'substance-use-disorder'],
    purpose: 'case-planning',
    asOf: '2026-06-30T15:00:00-05:00',
  });
  write('');
  write('3. Check consent before a disclosure (@parent-partner/privacy)');
  for (const item of decision.categories) {
    const why = item.reasons.map((reason) => reason.code).join(', ');
    write(`   ${item.category}: ${item.decision}${why ? ` (${why})` : ''}`);
  }

  // 4. reports: the quarter's program report, small cells suppressed by default, as Markdown.
  const report = buildProgramReport(synthetic, {
    period: parsePeriod('SFY2026-Q4'),
    generatedAt: '2026-07-01T09:00:00-05:00',
  });
  const markdown = renderReportMarkdown(report);
  write('');
  write('4. Build and render the quarterly report (@parent-partner/reports)');
  for (const line of markdown.split('\n').slice(0, 20)) write(`   ${line}`);
  write(`   ... ${markdown.split('\n').length} lines of Markdown in all.`);

  return {
    validParents: parents.valid.length,
    invalidRows,
    candidates: ranking.candidates.length,
    excluded: ranking.excluded.length,
    disclosure: decision.decision,
    permittedCategories: decision.permittedCategories,
    markdown,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main((line) => process.stdout.write(`${line}\n`));
}
