import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from './extract-examples';

/** A fenced code block of a guide. */
export interface GuideBlock {
  /** Guide file, relative to the repository root. */
  readonly file: string;
  /** Info string of the fence, for example `ts` or `json`. */
  readonly language: string;
  /** One-based line of the block's first line of content. */
  readonly line: number;
  readonly code: string;
  /** The closest heading above the block. */
  readonly heading: string;
}

/** Lists the Markdown files of a folder under `docs/`, relative to the repository root. */
export function listDocuments(folder: 'guides' | 'adr'): string[] {
  return readdirSync(join(repositoryRoot, 'docs', folder))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${folder}/${name}`);
}

/** Reads the fenced code blocks of a Markdown file. */
export function readFencedBlocks(file: string): GuideBlock[] {
  const lines = readFileSync(join(repositoryRoot, file), 'utf8').split('\n');
  const blocks: GuideBlock[] = [];
  let heading = '';
  let open: { language: string; line: number; content: string[] } | undefined;
  lines.forEach((text, index) => {
    const fence = /^```\s*([\w-]*)/.exec(text);
    if (open) {
      if (/^```\s*$/.test(text)) {
        blocks.push({
          file,
          language: open.language,
          line: open.line,
          code: open.content.join('\n'),
          heading,
        });
        open = undefined;
      } else {
        open.content.push(text);
      }
    } else if (fence) {
      open = { language: fence[1] ?? '', line: index + 2, content: [] };
    } else if (/^#{1,6} /.test(text)) {
      heading = text.replace(/^#+ /, '');
    }
  });
  if (open) throw new Error(`${file}:${open.line - 1}: a code fence is never closed`);
  return blocks;
}

/** Reads the YAML front matter of a Markdown file as flat `key: value` pairs. */
export function readFrontMatter(file: string): Record<string, string> {
  const text = readFileSync(join(repositoryRoot, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return {};
  return Object.fromEntries(
    match[1]!
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [key, ...rest] = line.split(':');
        return [
          key!.trim(),
          rest
            .join(':')
            .trim()
            .replace(/^(['"])(.*)\1$/, '$2'),
        ];
      }),
  );
}
