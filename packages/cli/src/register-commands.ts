import { type Command, Option } from 'commander';
import type { CommandContext } from './command-context';
import type { AssignCommandOptions } from './commands/assign';
import type { DemoCommandOptions } from './commands/demo';
import type { RankCommandOptions } from './commands/rank';
import type { ReportCommandOptions } from './commands/report';
import type { SchemaCommandOptions } from './commands/schema';
import type { ValidateCommandOptions } from './commands/validate';
import { dataKinds } from './data-kind';
import type { ExitCodeValue } from './exit-codes';
import { reportFormats, suppressionRules } from './report-formats';

// Each command's implementation is imported when the command runs, so `--help`, `--version` and
// `validate` do not load the matching, reporting and synthetic-data packages.

/** Adds the `validate` command to the program. */
export function registerValidateCommand(
  program: Command,
  context: CommandContext,
  setExitCode: (code: ExitCodeValue) => void,
): void {
  program
    .command('validate')
    .description(
      'Check JSON, NDJSON, CSV and XLSX files of records; list every problem by file, line and field.',
    )
    .argument('<files...>', 'files to check (.csv, .xlsx, .json, .ndjson or .jsonl)')
    .addOption(
      new Option(
        '-k, --kind <kind>',
        'record kind of every file (default: inferred from each file name)',
      ).choices(dataKinds),
    )
    .option(
      '-o, --out <path>',
      'write the valid records to an .ndjson file, or to a data folder when the path ends in /',
    )
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      [
        '',
        'CSV and XLSX files: the header names field paths (id, name.given,',
        'children.0.birthDate). CSV cells are separated by commas, semicolons or tabs',
        '(told from the header) and read as UTF-8. List cells separate items with ;',
        '(en;es); true/false and numbers are read where the schema expects them. A',
        'text cell starting with = + - @ | % is refused (formula_injection), an XLSX',
        'formula is never evaluated (formula_cell), and no cell is ever echoed.',
        'Problems print as file:line: field.path: message [code]; the header is line 1.',
        '',
        'Examples:',
        '  parent-partner validate exports/parents.csv exports/partners.csv',
        '  parent-partner validate roster.csv --kind parent --out clean/parents.ndjson',
      ].join('\n'),
    )
    .action(async (files: string[], options: ValidateCommandOptions) => {
      const { runValidateCommand } = await import('./commands/validate');
      setExitCode(await runValidateCommand(context, files, options));
    });
}

/** Adds the `rank` command to the program. */
export function registerRankCommand(
  program: Command,
  context: CommandContext,
  setExitCode: (code: ExitCodeValue) => void,
): void {
  program
    .command('rank')
    .description(
      'Rank the parent partners for one parent, with the reasons for each candidate and each exclusion.',
    )
    .requiredOption('-p, --parent <id>', 'id of the parent')
    .requiredOption('-d, --data <dir>', 'data folder (see parent-partner --help)')
    .option('-r, --rules <file>', 'county rule set (JSON); default: the built-in rules')
    .option('--as-of <date>', 'decision date YYYY-MM-DD (default: today)')
    .option('-n, --limit <count>', 'number of candidates to show', '5')
    .addOption(createLanguageOption())
    .option('--explain', 'print every reason of every candidate instead of the table')
    .option('-o, --out <file>', 'write the ranking with its explanations to a JSON file')
    .addHelpText(
      'after',
      '\nExample:\n  parent-partner rank --parent parent-0042 --data data --rules county.json',
    )
    .action(async (options: RankCommandOptions) => {
      const { runRankCommand } = await import('./commands/rank');
      setExitCode(await runRankCommand(context, options));
    });
}

/** Adds the `assign` command to the program. */
export function registerAssignCommand(
  program: Command,
  context: CommandContext,
  setExitCode: (code: ExitCodeValue) => void,
): void {
  program
    .command('assign')
    .description(
      'Propose a partner for every parent waiting for one, under every constraint and caseload, with the reasons.',
    )
    .requiredOption('-d, --data <dir>', 'data folder (see parent-partner --help)')
    .option('-r, --rules <file>', 'county rule set (JSON); default: the built-in rules')
    .option('--as-of <date>', 'decision date YYYY-MM-DD (default: today)')
    .option(
      '--parents <ids...>',
      'assign only these parents (default: every parent waiting for a partner)',
    )
    .addOption(
      new Option(
        '--strategy <strategy>',
        'exact (optimal) or greedy (faster on very large batches)',
      )
        .choices(['exact', 'greedy'])
        .default('exact'),
    )
    .addOption(createLanguageOption())
    .option(
      '-o, --out <file>',
      'write the proposed matches with their decisions to an .ndjson file',
    )
    .addHelpText(
      'after',
      [
        '',
        'A parent waits for a partner when they have no match (other than declined',
        'ones) and an accepted or waitlisted referral, or no referral on file.',
        'Proposals have status "proposed" until a coordinator accepts them; review',
        'them before adding them to matches.ndjson.',
        '',
        'Example:',
        '  parent-partner assign --data data --rules county.json --out proposals.ndjson',
      ].join('\n'),
    )
    .action(async (options: AssignCommandOptions) => {
      const { runAssignCommand } = await import('./commands/assign');
      setExitCode(await runAssignCommand(context, options));
    });
}

/** Adds the `report` command to the program. */
export function registerReportCommand(
  program: Command,
  context: CommandContext,
  setExitCode: (code: ExitCodeValue) => void,
): void {
  program
    .command('report')
    .description(
      'Build the program report for a period, with small counts suppressed, as HTML, CSV, Markdown, JSON or XLSX.',
    )
    .requiredOption(
      '--period <period>',
      'reporting period: SFY2026-Q2, SFY2026, FFY2026-Q1, 2026-03, 2026-01-01..2026-03-31',
    )
    .requiredOption('-d, --data <dir>', 'data folder (see parent-partner --help)')
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format (default: from the --out extension)',
      ).choices(reportFormats),
    )
    .option('-o, --out <path>', 'file to write (text formats print to stdout without it)')
    .addOption(
      new Option('--language <language>', 'language of labels').choices(['en', 'es']).default('en'),
    )
    .option('--county <fips>', 'report on one county (five-digit FIPS code)')
    .option('--partner <id>', "report on one parent partner's caseload")
    .addOption(
      new Option('--suppression <rule>', 'small-cell suppression rule')
        .choices(suppressionRules)
        .default('cms'),
    )
    .addHelpText(
      'after',
      '\nExample:\n  parent-partner report --period SFY2026-Q2 --data data --out reports/q2.html',
    )
    .action(async (options: ReportCommandOptions) => {
      const { runReportCommand } = await import('./commands/report');
      setExitCode(await runReportCommand(context, options));
    });
}

/** Adds the `schema` command to the program. */
export function registerSchemaCommand(
  program: Command,
  context: CommandContext,
  setExitCode: (code: ExitCodeValue) => void,
): void {
  program
    .command('schema')
    .description(
      'Write JSON Schemas (draft 2020-12) for every record kind, consent records and county rule sets.',
    )
    .requiredOption('-o, --out <dir>', 'folder to write the .schema.json files into')
    .addHelpText('after', '\nExample:\n  parent-partner schema --out schemas/')
    .action(async (options: SchemaCommandOptions) => {
      const { runSchemaCommand } = await import('./commands/schema');
      setExitCode(await runSchemaCommand(context, options));
    });
}

/** Adds the `demo` command to the program. */
export function registerDemoCommand(
  program: Command,
  context: CommandContext,
  setExitCode: (code: ExitCodeValue) => void,
): void {
  program
    .command('demo')
    .description(
      'Run the SDK on a seeded synthetic program: validate, rank, assign, check consent and write every report.',
    )
    .option('-o, --out <dir>', 'folder to write into', './out')
    .option('--seed <seed>', 'seed of the synthetic program', 'parent-partner-demo')
    .action(async (options: DemoCommandOptions) => {
      const { runDemoCommand } = await import('./commands/demo');
      setExitCode(await runDemoCommand(context, options));
    });
}

/** The `--language` option shared by the matching commands. */
function createLanguageOption(): Option {
  return new Option('--language <language>', 'language of the explanations')
    .choices(['en', 'es'])
    .default('en');
}
