/**
 * Serves the built site (dist/) as a static host would, on loopback, for the cross-engine run.
 * Every HTML page gets one extra script at the top of its head, the probe (probe.ts), so that
 * script errors are recorded from the first line of the page in every engine alike: WebKit's
 * WebDriver has no log of them, and nothing can be added to a page before it loads.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname } from 'node:path';
import { DIST, fileForUrlPath } from '../quality/dist.ts';
import { PROBE_PATH, probeSource } from './probe.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** The probe goes first in the head (after the charset, which must stay in the first bytes). */
function withProbe(html: string): string {
  const tag = `<script src="${PROBE_PATH}"></script>`;
  const charset = html.match(/<meta charset[^>]*>/i);
  if (charset) return html.replace(charset[0], `${charset[0]}${tag}`);
  return html.replace(/<head[^>]*>/i, (head) => `${head}${tag}`);
}

export function serveDist(port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === PROBE_PATH) {
      response.writeHead(200, { 'content-type': TYPES['.js']! });
      response.end(probeSource());
      return;
    }
    const file = fileForUrlPath(DIST, path);
    if (!file) {
      response.writeHead(404, { 'content-type': TYPES['.txt']! });
      response.end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = type.startsWith('text/html') ? withProbe(readFileSync(file, 'utf8')) : readFileSync(file);
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
