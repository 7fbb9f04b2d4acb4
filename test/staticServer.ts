// Test helper: a plain static web server for the built folder, under a sub-path, on a free local port —
// "any static server", with none of Vite's help.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** The bundle's address, ending in '/'. */
  url: string;
  close(): Promise<void>;
}

export async function serveFolder(folder: string, subPath: string): Promise<StaticServer> {
  const prefix = `/${subPath}/`;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) return void res.writeHead(404).end();
    const file = path.slice(prefix.length) || 'index.html';
    try {
      const body = await readFile(resolve(folder, file));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}${encodeURI(prefix)}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
