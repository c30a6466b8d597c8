/**
 * scripts/electron-native.mjs, run against a fake project layout (the real Electron binary is not
 * needed to test its decisions): no binary → a clear message and exit 1; a per-ABI build present →
 * a quick exit 0 without building.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '..', '..', 'scripts', 'electron-native.mjs');
let project: string;

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'dossier-native-'));
  mkdirSync(join(project, 'scripts'));
  copyFileSync(script, join(project, 'scripts', 'electron-native.mjs'));
  mkdirSync(join(project, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(join(project, 'node_modules', 'electron', 'package.json'), JSON.stringify({ version: '99.1.2' }));
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

const run = () => {
  const env = { ...process.env };
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  return spawnSync(process.execPath, [join(project, 'scripts', 'electron-native.mjs')], { encoding: 'utf8', env });
};

function installFakeBinary() {
  writeFileSync(join(project, 'node_modules', 'electron', 'path.txt'), 'electron');
  mkdirSync(join(project, 'node_modules', 'electron', 'dist'));
  writeFileSync(join(project, 'node_modules', 'electron', 'dist', 'electron'), '');
}

describe('electron-native.mjs', () => {
  it('explains a missing Electron binary and exits 1', () => {
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Electron's binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD?)");
    expect(result.stderr).toContain('npm run web');
  });

  it('exits 0 at once when the build for this Electron version exists', () => {
    installFakeBinary();
    mkdirSync(join(project, '.native', 'electron-99.1.2'), { recursive: true });
    writeFileSync(join(project, '.native', 'electron-99.1.2', 'better_sqlite3.node'), '');
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('better-sqlite3 for Electron 99.1.2 is ready');
  });

  it('exits 1 with a message when better-sqlite3 itself is missing', () => {
    installFakeBinary();
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('better-sqlite3 is not installed');
  });
});
