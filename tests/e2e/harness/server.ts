// A static server for fixture pages on 127.0.0.1, with per-path response headers (e.g. a strict CSP).

import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

export const FIXTURES_DIR = join(import.meta.dirname, '../fixtures');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  readonly origin: string;
  url(path: string): string;
  /** Serve `body` at `path` (overrides files), with extra headers. */
  route(path: string, body: string, headers?: Record<string, string>): void;
  /** Paths requested so far, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  const routes = new Map<string, { body: string; headers: Record<string, string> }>();
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    if (path === '/favicon.ico') {
      // Browsers ask for it on every page; a 404 would show up as a console error.
      res.writeHead(204).end();
      return;
    }
    const routed = routes.get(path);
    if (routed) {
      res.writeHead(200, { 'content-type': types['.html'], ...routed.headers });
      res.end(routed.body);
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    route: (path, body, headers = {}) => routes.set(path, { body, headers }),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
