// A static file server on 127.0.0.1 for the demo (npm start) and the benchmark's pages.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.css': 'text/css', '.js': 'text/javascript',
};

/**
 * Serves the files under `dir` at a free port; `index` answers "/". A file is read before the head is
 * sent, so a missing one gets its 404; nothing outside `dir` is served. Resolves to the server and its
 * address (`http://127.0.0.1:PORT`).
 */
export async function serveFiles(dir, { index = null } = {}) {
  const root = path.resolve(dir);
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(root, path.normalize(pathname === '/' && index ? index : pathname));
    if (!file.startsWith(root + path.sep)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'text/html; charset=utf-8' }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}
