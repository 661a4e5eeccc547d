import { gzipSync } from 'node:zlib';
import { type BuildOptions, build, type Metafile } from 'esbuild';

/** Where a bundle is meant to run: how a bundler for that runtime resolves packages. */
export type BundleTarget = 'browser' | 'edge';

const targetOptions: Record<BundleTarget, BuildOptions> = {
  // esbuild's browser defaults: the `browser`, `module`, `import` and `default` conditions, and the
  // `browser`, `module` and `main` fields. No alias, no shim, no define.
  browser: { platform: 'browser' },
  // What the edge bundlers resolve (Vercel's and Next.js's `edge-light`, Cloudflare's `worker`),
  // on the neutral platform: no Node.js built-in is available.
  edge: {
    platform: 'neutral',
    conditions: ['edge-light', 'worker', 'browser', 'module'],
    mainFields: ['browser', 'module', 'main'],
  },
};

/** A bundle and what went into it. */
export interface Bundle {
  readonly code: string;
  /** The files that went in, as esbuild names them (relative to the working directory). */
  readonly inputs: readonly string[];
}

function inputsOf(metafile: Metafile): string[] {
  return Object.keys(metafile.inputs).sort();
}

/**
 * Bundles a call module for a runtime into one classic script that defines the global
 * `portabilityCall` (with its `run()`), resolving the SDK's packages from their built `dist/`.
 */
export async function bundleCall(
  source: { readonly file: string } | { readonly contents: string },
  target: BundleTarget,
  resolveDirectory: string,
): Promise<Bundle> {
  const result = await build({
    ...targetOptions[target],
    ...('file' in source
      ? { entryPoints: [source.file] }
      : { stdin: { contents: source.contents, resolveDir: resolveDirectory, loader: 'js' } }),
    bundle: true,
    format: 'iife',
    globalName: 'portabilityCall',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.text, inputs: inputsOf(result.metafile) };
}

/** Size of an entry point with everything it pulls in, as an app's bundler would ship it. */
export interface EntrySize {
  readonly specifier: string;
  /** Minified bytes. */
  readonly minified: number;
  /** Minified, then gzipped (zlib's default level), bytes. */
  readonly gzipped: number;
  readonly inputs: readonly string[];
}

/**
 * Bundles everything an entry point exports (`export * from`), minified for the browser, zod and
 * every other dependency included, and measures it.
 */
export async function measureEntry(
  specifier: string,
  resolveDirectory: string,
): Promise<EntrySize> {
  const result = await build({
    ...targetOptions.browser,
    stdin: {
      contents: `export * from '${specifier}';`,
      resolveDir: resolveDirectory,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0]!.contents;
  return {
    specifier,
    minified: bytes.length,
    gzipped: gzipSync(bytes).length,
    inputs: inputsOf(result.metafile),
  };
}
