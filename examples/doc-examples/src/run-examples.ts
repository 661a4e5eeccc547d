import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { buildExampleModule, transformExpectations } from './example-module';
import type { PackageExport } from './extract-examples';
import { repositoryRoot } from './extract-examples';

/** A piece of example code to check, from a doc comment or a guide. */
export interface ExampleSource {
  /** Name of the test: file, line and symbol or heading. */
  readonly title: string;
  /** File the code comes from, relative to the repository root. */
  readonly file: string;
  /** One-based line in `file` of the code's first line. */
  readonly line: number;
  readonly code: string;
  /** Module specifiers whose exports are imported into the module; none for guide code. */
  readonly importFrom?: readonly string[];
}

/** A generated module, ready to type-check and run, or the reasons it could not be generated. */
export interface PreparedExample {
  readonly source: ExampleSource;
  /** Absolute path of the generated module. */
  readonly modulePath: string;
  readonly bodyLine: number;
  readonly problems: string[];
  readonly assertions: number;
}

/** Folder of the generated modules (git-ignored). */
export const generatedDirectory: string = join(import.meta.dirname, '..', 'generated');

/** Writes one module per example into `directory`, replacing what was there. */
export function prepareExamples(
  sources: readonly ExampleSource[],
  exports: ReadonlyMap<string, readonly PackageExport[]>,
  directory: string,
): PreparedExample[] {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  return sources.map((source, index) => {
    const modulePath = join(
      directory,
      `${String(index).padStart(3, '0')}-${source.file.replace(/[^a-z0-9]+/gi, '-')}-${source.line}.ts`,
    );
    const transformed = transformExpectations(source.code);
    if (!transformed.success) {
      return {
        source,
        modulePath,
        bodyLine: 0,
        problems: transformed.problems.map((problem) =>
          problem.replace(
            /^line (\d+)/,
            (_, line: string) => `${source.file}:${source.line + Number(line) - 1}`,
          ),
        ),
        assertions: 0,
      };
    }
    const built = buildExampleModule({
      modules: (source.importFrom ?? []).map((specifier) => ({
        specifier,
        exports: exports.get(specifier) ?? [],
      })),
      code: transformed.code,
      header: `${source.title} (${source.file}:${source.line})`,
      withTesting: exports.has('@parent-partner/testing'),
    });
    writeFileSync(modulePath, built.source);
    return {
      source,
      modulePath,
      bodyLine: built.bodyLine,
      problems: [],
      assertions: transformed.assertions,
    };
  });
}

/**
 * Type-checks the generated modules with the repository's compiler options and returns, for each
 * module path, its errors located in the original file.
 */
export function typeCheckExamples(
  prepared: readonly PreparedExample[],
  options: ts.CompilerOptions,
  oldProgram?: ts.Program,
): Map<string, string[]> {
  const written = prepared.filter((item) => item.problems.length === 0);
  const program = ts.createProgram({
    rootNames: written.map((item) => item.modulePath),
    options,
    ...(oldProgram ? { oldProgram } : {}),
  });
  const errors = new Map<string, string[]>();
  for (const item of written) {
    const file = program.getSourceFile(item.modulePath);
    if (!file) throw new Error(`the type checker did not load ${item.modulePath}`);
    const diagnostics = [
      ...program.getSyntacticDiagnostics(file),
      ...program.getSemanticDiagnostics(file),
    ];
    errors.set(
      item.modulePath,
      diagnostics.map((diagnostic) => {
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
        if (diagnostic.start === undefined) return `TS${diagnostic.code}: ${message}`;
        const { line } = file.getLineAndCharacterOfPosition(diagnostic.start);
        const where =
          line >= item.bodyLine
            ? `${item.source.file}:${item.source.line + line - item.bodyLine}`
            : `${relative(repositoryRoot, item.modulePath)}:${line + 1} (generated import)`;
        return `${where} TS${diagnostic.code}: ${message}`;
      }),
    );
  }
  return errors;
}
