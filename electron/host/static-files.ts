/**
 * Serves the built renderer from its folder and nothing else: the decoded path must stay inside the
 * folder, and so must its real path once symlinks are resolved (as the app:// handler checks), so a
 * link planted in the build cannot lead the browser to the rest of the disk.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { sendText } from './security-headers';
import { contentTypeOf } from '../core/static-content-types';

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
    res.writeHead(200, { 'Content-Type': contentTypeOf(extname(real)) });
    res.end(body);
  } catch {
    sendText(res, 404, 'Not found.');
  }
}
