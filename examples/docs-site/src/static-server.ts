import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A static file server for a folder, bound to 127.0.0.1 on a free port. */
export interface StaticServer {
  /** Base URL, ending with `/`. */
  readonly url: string;
  /** Paths that were asked for and not found, in request order. */
  readonly missing: string[];
  close(): Promise<void>;
}

/** Serves the files of `root` read-only; paths that leave the folder are refused. */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const missing: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const relativePath = normalize(path.endsWith('/') ? `${path}index.html` : path);
    const file = join(root, relativePath);
    if (!file.startsWith(root + sep) || request.method !== 'GET') {
      response.writeHead(403).end();
      return;
    }
    if (path === '/favicon.ico' && !existsSync(file)) {
      // Chromium asks for a favicon on its own; the site does not link one.
      response.writeHead(204).end();
      return;
    }
    let size: number;
    try {
      const stats = statSync(file);
      if (!stats.isFile()) throw new Error('not a file');
      size = stats.size;
    } catch {
      missing.push(path);
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    missing,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
