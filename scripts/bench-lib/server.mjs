// A plain static HTTP server for the benchmark (node:http, no dependencies), on a free port of
// 127.0.0.1. Each URL prefix maps to a directory; nothing else is served. Responses are never
// cached (`Cache-Control: no-store`), so every measured page load fetches its script and data again.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Starts the server. `mounts`: { '/run/': '/tmp/dir', '/repo/': '/work/main' }.
 * Returns { origin, close() }; close() also drops open keep-alive connections.
 */
export async function startServer(mounts) {
  const entries = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const mount = entries.find(([prefix]) => path.startsWith(prefix));
      if (!mount || req.method !== 'GET') return send(res, 404);
      const [prefix, dir] = mount;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (file !== dir && !file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return send(res, 403);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return send(res, 404);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-store',
      });
      createReadStream(file).pipe(res);
    } catch {
      send(res, 500);
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve); // port 0: the system picks a free port
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function send(res, status) {
  res.writeHead(status, { 'Content-Type': 'text/plain' });
  res.end(String(status));
}
