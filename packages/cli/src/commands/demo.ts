import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listWaitingParents, rankPartners } from '@parent-partner/matching';
import { formatReportValue } from '@parent-partner/reports';
import { createSyntheticProgram, DEFAULT_SYNTHETIC_AS_OF } from '@parent-partner/testing';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command-context';
import {
  type DataFolderRecords,
  formatNdjson,
  loadDataFolder,
  writeDataFolder,
} from '../data-folder';
import { createDemoCohort } from '../demo-cohort';
import { checkDemoConsent } from '../demo-consent';
import { demoCountyRules } from '../demo-county-rules';
import { ExitCode, type ExitCodeValue } from '../exit-codes';
import { startProgress } from '../progress';
import { formatRecordProblem } from '../record-problem';
import { reportFormats } from '../report-formats';
import { readRuleSetFile } from '../rule-set-file';
import { assignWaitingParents, writeMatchRecords } from './assign';
import { printRanking } from './rank';
import { buildDataFolderReport, renderReport, writeReportFile } from './report';
import { runSchemaCommand } from './schema';

/** Options of the `demo` command. */
export interface DemoCommandOptions {
  /** Folder the demo writes into (default `./out`). */
  readonly out: string;
  /** Seed of the synthetic program; the same seed gives the same program. */
  readonly seed: string;
}

/** Size of the demo's synthetic program: big enough for reports that are not all suppressed. */
const demoSize = { counties: 4, parents: 200, partners: 24, months: 12 } as const;

/** The period the demo reports on: the state fiscal year that ends the day before the demo's date. */
const demoPeriod = 'SFY2026';

/** Parent partners who finished training just before the demo's date, so the waitlist has someone to go to. */
const demoCohortSize = 6;

function toDataFolderRecords(
  program: ReturnType<typeof createSyntheticProgram>,
): DataFolderRecords {
  return {
    program: [program.program],
    parent: program.parents,
    parentPartner: program.partners,
    staff: program.staff,
    referral: program.referrals,
    match: program.matches,
    contact: program.contacts,
    removalEpisode: program.removalEpisodes,
    placement: program.placements,
    maltreatmentReport: program.maltreatmentReports,
    supportSession: program.supportSessions,
    engagement: program.engagements,
    groupEvent: program.groupEvents,
    consent: [],
  };
}

/**
 * Runs the whole SDK on a seeded synthetic program: writes it as a data folder, validates it, ranks and
 * assigns with the default rules and an example county rule set, checks consent before a disclosure, and
 * writes the program report in every format; prints where everything is and a short summary.
 */
export async function runDemoCommand(
  context: CommandContext,
  options: DemoCommandOptions,
): Promise<ExitCodeValue> {
  const { output } = context;
  const { bold, dim } = output.colors;
  const out = options.out;
  const asOf = DEFAULT_SYNTHETIC_AS_OF;
  const progress = startProgress(context.io, 'Demo', 6);
  const reportFiles: string[] = [];
  const step = (title: string) => {
    output.writeLine();
    output.writeLine(bold(title));
  };
  try {
    output.writeLine(
      bold(
        `Parent Partner SDK demo: a synthetic Wisconsin program (seed ${options.seed}, as of ${asOf})`,
      ),
    );
    output.writeLine(dim('Every person in it is fictitious; nothing here is real data.'));

    step('1. Synthetic program');
    const synthetic = createSyntheticProgram({ seed: options.seed, asOf, ...demoSize });
    const cohort = createDemoCohort(synthetic.program, demoCohortSize, options.seed, asOf);
    const dataFolder = join(out, 'data');
    const files = await writeDataFolder(context.resolvePath(dataFolder), {
      ...toDataFolderRecords(synthetic),
      parentPartner: [...synthetic.partners, ...cohort],
    });
    output.writeLine(
      `${synthetic.program.counties.length} counties, ${synthetic.parents.length} parents, ${synthetic.partners.length} parent partners (and ${cohort.length} who just finished training), ${synthetic.matches.length} matches, ${synthetic.contacts.length} contacts -> ${dataFolder}/ (${files.length} files)`,
    );
    progress.advance();

    step('2. Validate the data folder');
    const loaded = await loadDataFolder(dataFolder, { cwd: context.io.cwd });
    const recordCount = Object.values(loaded.records).reduce((sum, list) => sum + list.length, 0);
    if (loaded.problems.length > 0) {
      for (const problem of loaded.problems) output.writeErrorLine(formatRecordProblem(problem));
      throw new CliError(
        `The synthetic data folder has ${loaded.problems.length} problem(s); this is a bug in the SDK, please report it.`,
        ExitCode.unexpectedError,
      );
    }
    output.writeLine(`${loaded.files.length} files, ${recordCount} records: all valid.`);
    const records = loaded.records;
    await runSchemaCommand(context, { out: join(out, 'schemas') });
    progress.advance();

    step('3. Rank partners with the default rules and an example county rule set');
    const rulesFile = join(out, 'county-rules.json');
    await writeFile(
      context.resolvePath(rulesFile),
      `${JSON.stringify(demoCountyRules, null, 2)}\n`,
    );
    const defaultRules = await readRuleSetFile(context, undefined);
    const countyRules = await readRuleSetFile(context, rulesFile);
    const waiting = listWaitingParents({
      parents: records.parent,
      referrals: records.referral,
      matches: records.match,
    });
    const program = records.program[0];
    const matchingOptions = {
      asOf,
      matches: records.match,
      childHistory: { removalEpisodes: records.removalEpisode, placements: records.placement },
      ...(program === undefined ? {} : { program }),
    };
    // The first waiting parent with a real choice of partners shows the ranking best.
    const parent =
      waiting.find(
        (candidate) =>
          rankPartners(candidate, records.parentPartner, defaultRules, matchingOptions).candidates
            .length >= 3,
      ) ?? waiting[0];
    if (parent !== undefined) {
      for (const ruleSet of [defaultRules, countyRules]) {
        const ranking = rankPartners(parent, records.parentPartner, ruleSet, matchingOptions);
        output.writeLine();
        printRanking(context, ranking, ruleSet, { limit: 3, language: 'en', showExcluded: false });
      }
      output.writeLine(
        dim(
          `County rules: ${rulesFile}; try: parent-partner rank --parent ${parent.id} --data ${dataFolder} --rules ${rulesFile} --as-of ${asOf}`,
        ),
      );
    }
    progress.advance();

    step(`4. Assign the ${waiting.length} parents waiting for a partner`);
    const summaries: string[] = [];
    const partnerByRuleSet: Map<string, string>[] = [];
    for (const ruleSet of [defaultRules, countyRules]) {
      const run = assignWaitingParents(context, records, ruleSet, { asOf });
      const file = join(out, 'matches', `proposed-${ruleSet.id}.ndjson`);
      await writeMatchRecords(context.resolvePath(file), run.matches);
      partnerByRuleSet.push(new Map(run.matches.map((match) => [match.parentId, match.partnerId])));
      summaries.push(
        `${ruleSet.id} ${ruleSet.version}: ${run.assignment.proposals.length} proposals, ${run.assignment.unmatched.length} unmatched -> ${file}`,
      );
    }
    for (const summary of summaries) output.writeLine(summary);
    const [byDefault, byCounty] = partnerByRuleSet;
    const changed = [...(byDefault ?? new Map()).entries()].filter(
      ([parentId, partnerId]) => byCounty?.get(parentId) !== partnerId,
    ).length;
    output.writeLine(
      `${changed} parent(s) get a different partner (or none) under the county rules.`,
    );
    progress.advance();

    step('5. Check consent before a disclosure');
    if (parent !== undefined) {
      const check = checkDemoConsent(parent.id, asOf);
      await writeFile(
        context.resolvePath(join(dataFolder, 'consents.ndjson')),
        formatNdjson([check.consent]),
      );
      output.writeLine(
        `Share ${parent.id}'s case plan and substance-use treatment information with the caseworker for case planning?`,
      );
      output.writeLine(`Decision: ${check.decision.decision}`);
      for (const category of check.decision.categories) {
        const why = category.reasons
          .map((reason) => `${reason.message} [${reason.code}]`)
          .join('; ');
        output.writeLine(
          `  ${category.category}: ${category.decision}${why === '' ? '' : ` (${why})`}`,
        );
      }
    }
    progress.advance();

    step(`6. Write the ${demoPeriod} program report in every format`);
    const report = buildDataFolderReport(records, {
      period: demoPeriod,
      generatedAt: context.io.now().toISOString(),
    });
    for (const format of reportFormats) {
      const file = join(out, 'reports', `program-report-${demoPeriod}.${format}`);
      await writeReportFile(context.resolvePath(file), await renderReport(report, format));
      reportFiles.push(file);
    }
    output.writeLine(
      `${report.period.label} (${report.period.start} to ${report.period.end}), small cells ${report.privacy.suppression === 'applied' ? 'suppressed' : 'not suppressed'}:`,
    );
    for (const file of reportFiles) output.writeLine(`  ${file}`);
    const summary = report.sections[0]?.blocks.find((block) => block.type === 'key-figures');
    if (summary?.type === 'key-figures') {
      output.writeLine('Key figures:');
      for (const figure of summary.figures) {
        const value =
          figure.value === null
            ? 'suppressed'
            : formatReportValue(figure.value, figure.type, { language: report.language });
        output.writeLine(`  ${figure.label}: ${value}`);
      }
    }
    progress.advance();
  } finally {
    progress.stop();
  }
  output.writeLine();
  output.writeLine(bold(`Done. Everything is in ${out}/:`));
  output.writeLine(
    `  data/        the synthetic program as a data folder (validate, rank, assign and report read it)`,
  );
  output.writeLine(`  schemas/     JSON Schemas of every record kind and of rule sets`);
  output.writeLine(`  county-rules.json  the example county rule set`);
  output.writeLine(`  matches/     proposed matches with their reasons, one file per rule set`);
  output.writeLine(
    `  reports/     the ${demoPeriod} program report as ${reportFormats.join(', ')}`,
  );
  output.writeLine(
    dim(`Open ${reportFiles[0] ?? 'the HTML report'} in a browser to read the report.`),
  );
  return ExitCode.ok;
}
