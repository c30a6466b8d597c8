// `npm run web`: builds the renderer when the build is missing or older than its sources, then
// starts the loopback web host (TypeScript run directly through tsx). Arguments pass through.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'out', 'renderer', 'index.html');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const stale =
  !existsSync(built) ||
  Math.max(newest(join(root, 'renderer')), newest(join(root, 'electron', 'contract'))) > statSync(built).mtimeMs;
if (stale) {
  console.log('Building the workbench…');
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const host = spawnSync('npx', ['tsx', join(root, 'electron', 'host', 'index.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(host.status ?? 1);
