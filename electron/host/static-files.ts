/**
 * Serves the built renderer from its folder and nothing else: the decoded path must stay inside the
 * folder, and so must its real path once symlinks are resolved (as the app:// handler checks), so a
 * link planted in the build cannot lead the browser to the rest of the disk.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { sendText } from './security-headers';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

const inside = (root: string, path: string) => path.startsWith(root.endsWith(sep) ? root : root + sep);

export async function serveStatic(res: ServerResponse, rendererDir: string, pathname: string): Promise<void> {
  let relative: string;
  try {
    relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  } catch {
    return sendText(res, 400, 'Bad path.');
  }
  if (relative.includes('\0')) return sendText(res, 404, 'Not found.');
  if (relative === '' || relative === '.') relative = 'index.html';
  const file = join(rendererDir, relative);
  if (!inside(rendererDir, file)) return sendText(res, 404, 'Not found.');
  try {
    const [root, real] = await Promise.all([realpath(rendererDir), realpath(file)]);
    if (!inside(root, real) || !(await stat(real)).isFile()) return sendText(res, 404, 'Not found.');
    const body = await readFile(real);
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    sendText(res, 404, 'Not found.');
  }
}
