/**
 * Where the Electron executable is, or null when it was never downloaded. Read from Electron's
 * own `path.txt` rather than by requiring 'electron', whose index.js tries to download a missing
 * binary (and fails noisily on a machine without internet).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function electronBinaryPath(root: string): string | null {
  const electronDir = join(root, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist');
  const executable = join(distDir, relative);
  return existsSync(executable) ? executable : null;
}
