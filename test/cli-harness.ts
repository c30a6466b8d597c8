/**
 * The harness of the `dossier` end-to-end tests: each test gets its own temporary folder and a library
 * in it, and runs the real launcher with `--data-dir` pointing there, while DOSSIER_DATA_DIR points
 * elsewhere so that a command ignoring the flag cannot pass by accident.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export const launcher = join(import.meta.dirname, '..', 'bin', 'dossier.mjs');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliHarness {
  /** The test's temporary folder, removed after the test. */
  readonly dir: string;
  /** The library the launcher is pointed at (`<dir>/library` unless the test points it elsewhere). */
  dataDir: string;
  /** Runs the launcher with these arguments and `--data-dir`, waiting up to a minute. */
  readonly dossier: (...args: string[]) => CliRun;
}

/** Registers the per-test folder for the calling test file; `prefix` names the temporary folders. */
export function useCliHarness(prefix: string): CliHarness {
  let dir = '';
  const harness: CliHarness = {
    get dir() {
      return dir;
    },
    dataDir: '',
    dossier: (...args) => {
      const result = spawnSync(process.execPath, [launcher, ...args, '--data-dir', harness.dataDir], {
        encoding: 'utf8',
        env: { ...process.env, DOSSIER_DATA_DIR: join(dir, 'not-this-one') },
        timeout: 60_000,
      });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    },
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    harness.dataDir = join(dir, 'library');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return harness;
}
