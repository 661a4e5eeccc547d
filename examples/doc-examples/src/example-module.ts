import ts from 'typescript';
import type { PackageExport } from './extract-examples';

/** The example's code with each `//=>` turned into an assertion, or the problems that prevent it. */
export type TransformResult =
  | { readonly success: true; readonly code: string; readonly assertions: number }
  | { readonly success: false; readonly problems: string[] };

function parses(expression: string): boolean {
  const file = ts.createSourceFile(
    'value.ts',
    `(${expression});`,
    ts.ScriptTarget.ES2022,
    false,
    ts.ScriptKind.TS,
  );
  const diagnostics = (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] })
    .parseDiagnostics;
  return expression.trim() !== '' && diagnostics.length === 0;
}

/**
 * Turns each `//=> value` comment into `expect(<previous expression statement>).toEqual(value);`.
 *
 * The value may go on over the following `//` lines while it is not yet a complete expression. Line
 * numbers are kept: the comment lines become blank, so an error in the result points at the same line.
 */
export function transformExpectations(code: string): TransformResult {
  const lines = code.split('\n');
  const problems: string[] = [];
  const expectations: { line: number; endLine: number; value: string }[] = [];
  for (let index = 0; index < lines.length; index++) {
    const match = /^\s*\/\/=>(.*)$/.exec(lines[index]!);
    if (!match) continue;
    let value = match[1]!.trim();
    let endLine = index;
    while (!parses(value) && endLine + 1 < lines.length) {
      const next = /^\s*\/\/(?!=>)(.*)$/.exec(lines[endLine + 1]!);
      if (!next) break;
      value = `${value} ${next[1]!.trim()}`;
      endLine++;
    }
    if (!parses(value)) {
      problems.push(`line ${index + 1}: the value after //=> is not a JavaScript expression`);
    }
    expectations.push({ line: index, endLine, value });
    index = endLine;
  }
  const source = ts.createSourceFile(
    'example.ts',
    code,
    ts.ScriptTarget.ES2022,
    true,
    ts.ScriptKind.TS,
  );
  const lineStarts = source.getLineStarts();
  const replacements: { start: number; end: number; text: string }[] = [];
  const used = new Set<ts.Statement>();
  for (const expectation of expectations) {
    const commentStart = lineStarts[expectation.line]!;
    let previous: ts.Statement | undefined;
    for (const statement of source.statements) {
      if (statement.end <= commentStart) previous = statement;
    }
    if (!previous || !ts.isExpressionStatement(previous)) {
      problems.push(
        `line ${expectation.line + 1}: //=> must follow an expression statement (the value it shows)`,
      );
      continue;
    }
    if (used.has(previous)) {
      problems.push(`line ${expectation.line + 1}: two //=> comments follow the same statement`);
      continue;
    }
    used.add(previous);
    const expression = previous.expression;
    replacements.push({
      start: expression.getStart(source),
      end: previous.end,
      text: `expect(${expression.getText(source)}).toEqual(${expectation.value});`,
    });
    for (let line = expectation.line; line <= expectation.endLine; line++) {
      const start = lineStarts[line]!;
      const end = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : code.length;
      replacements.push({ start, end, text: '' });
    }
  }
  if (problems.length > 0) {
    const lineOf = (problem: string) => Number(/^line (\d+)/.exec(problem)?.[1]);
    return {
      success: false,
      problems: problems.sort((left, right) => lineOf(left) - lineOf(right)),
    };
  }
  let result = code;
  for (const replacement of replacements.sort((left, right) => right.start - left.start)) {
    result = result.slice(0, replacement.start) + replacement.text + result.slice(replacement.end);
  }
  return { success: true, code: result, assertions: expectations.length };
}

/** An example's own import declarations, moved out of its body, and the names they bind. */
export interface HoistedImports {
  readonly imports: string[];
  readonly names: Set<string>;
  readonly body: string;
}

/** Moves the example's import declarations out of its body (keeping its line count). */
export function hoistImports(code: string): HoistedImports {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const imports: string[] = [];
  const names = new Set<string>();
  let body = code;
  const declarations = source.statements.filter(ts.isImportDeclaration);
  for (const declaration of [...declarations].reverse()) {
    const text = declaration.getText(source);
    imports.unshift(text.replace(/\s*\n\s*/g, ' '));
    const clause = declaration.importClause;
    if (clause?.name) names.add(clause.name.text);
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) names.add(element.name.text);
    }
    const start = declaration.getStart(source);
    const blank = text.replace(/[^\n]/g, '');
    body = body.slice(0, start) + blank + body.slice(declaration.end);
  }
  return { imports, names, body };
}

/** A generated module and how its lines map back to the example. */
export interface GeneratedModule {
  readonly source: string;
  /** Zero-based line of the module on which the example's first line sits. */
  readonly bodyLine: number;
}

/**
 * Builds the test module of one example: it imports `expect`, everything the package exports, the
 * testing package as `testing`, and the example's own imports, then runs the example in a block (so
 * that the example's names may shadow imported ones).
 */
export function buildExampleModule(options: {
  /** Modules whose exports are imported, in order; a name goes to the first module that exports it. */
  readonly modules: readonly {
    readonly specifier: string;
    readonly exports: readonly PackageExport[];
  }[];
  readonly code: string;
  readonly header: string;
  /** Whether `@parent-partner/testing` has an entry point to import. */
  readonly withTesting: boolean;
}): GeneratedModule {
  const hoisted = hoistImports(options.code);
  const head = [
    `// ${options.header}`,
    `// Generated by examples/doc-examples; do not edit.`,
    `import { expect } from 'vitest';`,
  ];
  const taken = new Set(hoisted.names);
  for (const module of options.modules) {
    const specifiers = module.exports
      .filter((item) => !taken.has(item.name))
      .map((item) => {
        taken.add(item.name);
        return item.isValue ? item.name : `type ${item.name}`;
      });
    if (specifiers.length > 0) {
      head.push(`import { ${specifiers.join(', ')} } from '${module.specifier}';`);
    }
  }
  if (options.withTesting && !taken.has('testing')) {
    head.push(`import * as testing from '@parent-partner/testing';`);
  }
  head.push(...hoisted.imports);
  head.push('{');
  return {
    source: `${head.join('\n')}\n${hoisted.body}\n}\nexport {};\n`,
    bodyLine: head.length,
  };
}
