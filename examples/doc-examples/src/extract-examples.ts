import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Root of the repository, two levels above this workspace. */
export const repositoryRoot: string = resolve(import.meta.dirname, '../../..');

/** One `@example` block found in the documentation comment of a public symbol. */
export interface DocExample {
  /** Package folder name, for example `core`. */
  readonly packageName: string;
  /** Module specifiers whose exports the example may use: the package, then the subpath it came from. */
  readonly importFrom: readonly string[];
  /** Source file, relative to the repository root. */
  readonly file: string;
  /** The exported symbol (and member, when the example sits on one) that carries the example. */
  readonly symbol: string;
  /** One-based line in `file` of the `@example` tag. */
  readonly tagLine: number;
  /** One-based line in `file` of the example's first line of code. */
  readonly line: number;
  /** The example's code, without comment markers or Markdown fences. */
  readonly code: string;
}

/** A name exported by a package's entry point, and whether it exists at run time. */
export interface PackageExport {
  readonly name: string;
  readonly isValue: boolean;
}

/** What the extractor found in the packages. */
export interface ExtractionResult {
  readonly examples: DocExample[];
  /** Exported names of each entry point, by module specifier (`@parent-partner/privacy/node`). */
  readonly exports: ReadonlyMap<string, PackageExport[]>;
  /** The program used to read the packages; reused to type-check the generated modules. */
  readonly program: ts.Program;
  readonly options: ts.CompilerOptions;
}

/** Reads the compiler options of the repository's root `tsconfig.json`, which the type check uses too. */
export function readRootCompilerOptions(root: string = repositoryRoot): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('tsconfig.json could not be read');
  return { ...parsed.options, noEmit: true };
}

/** Lists the package folders that have an entry point `src/index.ts`. */
export function listPackages(root: string = repositoryRoot): string[] {
  return readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => existsSync(join(root, 'packages', name, 'src', 'index.ts')))
    .sort();
}

/** Strips the comment markers of a `/** ... *\/` block, keeping each line's number. */
function commentLines(text: string, firstLine: number): { text: string; line: number }[] {
  return text.split('\n').map((raw, index) => {
    let body = raw.replace(/\r$/, '');
    if (index === 0) body = body.replace(/^\s*\/\*\*\s?/, '');
    body = body.replace(/\s*\*\/\s*$/, '');
    body = body.replace(/^\s*\* ?/, '');
    return { text: body, line: firstLine + index };
  });
}

/**
 * Finds the `@example` blocks of one documentation comment and returns their code.
 *
 * A block ends at the next block tag outside a Markdown fence. When the block holds fences, the code is
 * the content of its fenced TypeScript or JavaScript blocks; otherwise the whole block is code.
 */
export function examplesInComment(
  commentText: string,
  firstLine: number,
): { code: string; line: number; tagLine: number }[] {
  const lines = commentLines(commentText, firstLine);
  const blocks: { text: string; line: number }[][] = [];
  const tagLines: number[] = [];
  let current: { text: string; line: number }[] | undefined;
  let inFence = false;
  for (const line of lines) {
    if (/^\s*```/.test(line.text)) inFence = !inFence;
    if (!inFence && /^@\w+/.test(line.text)) {
      current = undefined;
      if (/^@example\b/.test(line.text)) {
        current = [];
        blocks.push(current);
        tagLines.push(line.line);
      }
      continue;
    }
    current?.push(line);
  }
  const examples: { code: string; line: number; tagLine: number }[] = [];
  blocks.forEach((block, blockIndex) => {
    const hasFence = block.some((line) => /^\s*```/.test(line.text));
    let code: { text: string; line: number }[] = [];
    if (hasFence) {
      let fence: 'code' | 'other' | undefined;
      for (const line of block) {
        const opening = /^\s*```\s*(\w*)/.exec(line.text);
        if (opening && fence === undefined) {
          fence = ['', 'ts', 'typescript', 'js', 'javascript'].includes(opening[1] ?? '')
            ? 'code'
            : 'other';
          continue;
        }
        if (opening) {
          fence = undefined;
          continue;
        }
        if (fence === 'code') code.push(line);
      }
    } else {
      code = block;
    }
    while (code.length > 0 && code[0]?.text.trim() === '') code = code.slice(1);
    while (code.length > 0 && code[code.length - 1]?.text.trim() === '') code = code.slice(0, -1);
    if (code.length > 0) {
      examples.push({
        code: code.map((line) => line.text).join('\n'),
        line: code[0]!.line,
        tagLine: tagLines[blockIndex]!,
      });
    }
  });
  return examples;
}

interface JSDocHolder {
  jsDoc?: ts.JSDoc[];
}

/** Collects the documentation comments of a declaration and of its members (not of function bodies). */
function collectComments(node: ts.Node, found: Set<ts.JSDoc>): void {
  for (const item of ts.getJSDocCommentsAndTags(node)) {
    if (ts.isJSDoc(item)) found.add(item);
  }
  for (const doc of (node as JSDocHolder).jsDoc ?? []) found.add(doc);
  if (ts.isBlock(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return;
  ts.forEachChild(node, (child) => {
    if (ts.isBlock(child)) return;
    collectComments(child, found);
  });
}

/** The name of the member a comment is attached to, if it is not the declaration itself. */
function memberName(doc: ts.JSDoc, declaration: ts.Node): string | undefined {
  const owner = doc.parent;
  if (owner === declaration || owner === declaration.parent?.parent) return undefined;
  const name = (owner as { name?: ts.Node }).name;
  if (name && (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name))) {
    return name.text;
  }
  if (ts.isConstructorDeclaration(owner)) return 'constructor';
  return undefined;
}

/** A public entry point of a package: its module specifier and its source file. */
export interface EntryPoint {
  readonly packageName: string;
  readonly specifier: string;
  readonly file: string;
}

/** Lists the entry points of the packages: every `exports` subpath with a `@parent-partner/source` file. */
export function listEntryPoints(root: string = repositoryRoot): EntryPoint[] {
  return listPackages(root).flatMap((packageName) => {
    const manifest = JSON.parse(
      readFileSync(join(root, 'packages', packageName, 'package.json'), 'utf8'),
    ) as { exports?: Record<string, unknown> };
    return Object.entries(manifest.exports ?? {})
      .map(([subpath, target]) => {
        const source = (target as Record<string, unknown> | null)?.['@parent-partner/source'];
        if (typeof source !== 'string') return undefined;
        return {
          packageName,
          specifier: `@parent-partner/${packageName}${subpath === '.' ? '' : subpath.slice(1)}`,
          file: join(root, 'packages', packageName, source),
        };
      })
      .filter((entry): entry is EntryPoint => entry !== undefined)
      .sort((left, right) => left.specifier.localeCompare(right.specifier));
  });
}

/**
 * Finds every `@example` on the symbols exported by each entry point of each package, with the names
 * each entry point exports.
 */
export function extractExamples(root: string = repositoryRoot): ExtractionResult {
  const options = readRootCompilerOptions(root);
  const entries = listEntryPoints(root);
  const program = ts.createProgram({ rootNames: entries.map((entry) => entry.file), options });
  const checker = program.getTypeChecker();
  const examples: DocExample[] = [];
  const exports = new Map<string, PackageExport[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const { packageName } = entry;
    const mainSpecifier = `@parent-partner/${packageName}`;
    const importFrom =
      entry.specifier === mainSpecifier ? [mainSpecifier] : [mainSpecifier, entry.specifier];
    const sourceFile = program.getSourceFile(entry.file);
    if (!sourceFile) throw new Error(`cannot read ${relative(root, entry.file)}`);
    const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
    const names: PackageExport[] = [];
    for (const exported of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
      const target =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      names.push({ name: exported.name, isValue: (target.flags & ts.SymbolFlags.Value) !== 0 });
      for (const declaration of target.declarations ?? []) {
        const declarationFile = declaration.getSourceFile();
        if (!declarationFile.fileName.startsWith(join(root, 'packages', packageName, 'src'))) {
          continue;
        }
        const comments = new Set<ts.JSDoc>();
        collectComments(declaration, comments);
        for (const doc of comments) {
          const key = `${declarationFile.fileName}:${doc.pos}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const start = doc.getStart(declarationFile);
          const text = declarationFile.text.slice(start, doc.end);
          const { line } = declarationFile.getLineAndCharacterOfPosition(start);
          const member = memberName(doc, declaration);
          for (const example of examplesInComment(text, line + 1)) {
            examples.push({
              packageName,
              importFrom,
              file: relative(root, declarationFile.fileName),
              symbol: member ? `${exported.name}.${member}` : exported.name,
              tagLine: example.tagLine,
              line: example.line,
              code: example.code,
            });
          }
        }
      }
    }
    exports.set(
      entry.specifier,
      names.sort((left, right) => left.name.localeCompare(right.name)),
    );
  }
  examples.sort((left, right) =>
    left.file === right.file ? left.line - right.line : left.file.localeCompare(right.file),
  );
  return { examples, exports, program, options };
}

/** Lists every `@example` block in the packages' source files, exported or not, as `file:line`. */
export function listAllExampleLocations(root: string = repositoryRoot): string[] {
  const locations: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__fixtures__') walk(path);
      } else if (/\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name)) {
        readFileSync(path, 'utf8')
          .split('\n')
          .forEach((text, index) => {
            if (/^\s*\*\s*@example\b/.test(text)) {
              locations.push(`${relative(root, path)}:${index + 1}`);
            }
          });
      }
    }
  };
  for (const name of readdirSync(join(root, 'packages'))) {
    const source = join(root, 'packages', name, 'src');
    if (existsSync(source)) walk(source);
  }
  return locations.sort();
}
