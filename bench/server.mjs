// A small static server for the bench: serves the project root on 127.0.0.1 with the caching a
// real deployment would use, so that "warm" runs measure what a returning reader gets.
//
// - JS/CSS (the bundle, the floor script, the peer's files): `Cache-Control: public,
//   max-age=31536000, immutable`, the header a CDN gives a versioned file. Chromium then serves
//   them from its cache on a reload without revalidation (RFC 8246 `immutable`).
// - Images: `no-store` by default, so a reload fetches the newly chosen lead image as on a real
//   reload (a page could get its images from cache; that would hide the cost we measure).
// - HTML: `no-cache` (revalidated on every load, as a story page is).
// - JS, CSS, HTML, JSON and SVG are compressed with Brotli or gzip following `Accept-Encoding`
//   (compressed once, kept in memory).
// Every request is logged (time, path, status, encoding, bytes) in `server.log`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg']);

export const DEFAULT_CACHE = {
  script: 'public, max-age=31536000, immutable',
  style: 'public, max-age=31536000, immutable',
  image: 'no-store',
  document: 'no-cache',
  other: 'no-cache',
};

function kindOf(ext) {
  if (ext === '.js' || ext === '.mjs') return 'script';
  if (ext === '.css') return 'style';
  if (ext === '.html') return 'document';
  if (TYPES[ext]?.startsWith('image/')) return 'image';
  return 'other';
}

/**
 * Starts the server. `cache` overrides the Cache-Control per kind (script, style, image,
 * document, other); `virtual` maps URL paths to generated content served as if it were a file.
 * Resolves to `{ origin, log, close() }`.
 */
export async function startServer({ root = process.cwd(), port = 0, cache = {}, virtual = new Map(), verbose = false } = {}) {
  const policy = { ...DEFAULT_CACHE, ...cache };
  const base = resolve(root);
  const compressed = new Map();
  const log = [];
  const started = new Date();

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(base, path));
    const entry = { t: Date.now(), path: url.pathname + url.search, status: 200, encoding: 'identity', bytes: 0 };
    log.push(entry);
    const end = (status, body = '') => {
      entry.status = status;
      entry.bytes = Buffer.byteLength(body);
      res.writeHead(status, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (file !== base && !file.startsWith(base + sep)) return end(403, 'forbidden');
    try {
      const generated = virtual.get(url.pathname);
      const info = generated === undefined ? await stat(file) : { isFile: () => true, mtime: started, mtimeMs: +started };
      if (!info.isFile()) return end(404, 'not found');
      const ext = extname(file).toLowerCase();
      let body = generated === undefined ? await readFile(file) : Buffer.from(generated);
      const headers = {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': policy[kindOf(ext)],
        'Last-Modified': info.mtime.toUTCString(),
      };
      if (COMPRESSIBLE.has(ext)) {
        headers.Vary = 'Accept-Encoding';
        const accept = String(req.headers['accept-encoding'] ?? '');
        const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : 'identity';
        if (encoding !== 'identity') {
          const key = `${file}:${info.mtimeMs}:${encoding}`;
          if (!compressed.has(key)) {
            compressed.set(
              key,
              encoding === 'br'
                ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
                : gzipSync(body, { level: 9 }),
            );
          }
          body = compressed.get(key);
          headers['Content-Encoding'] = encoding;
          entry.encoding = encoding;
        }
      }
      headers['Content-Length'] = body.length;
      entry.bytes = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      end(404, 'not found');
    }
    if (verbose) console.log(`${entry.status} ${entry.encoding.padEnd(8)} ${String(entry.bytes).padStart(7)} ${entry.path}`);
  });

  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    log,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(ok);
      }),
  };
}

// `node bench/server.mjs` serves the project for a look at the bench pages by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { writePages } = await import('./pages.mjs');
  const virtual = await writePages();
  const { origin } = await startServer({ port: Number(process.env.PORT) || 8100, virtual, verbose: true });
  console.log(`bench pages: ${origin}/bench/pages/`);
}
