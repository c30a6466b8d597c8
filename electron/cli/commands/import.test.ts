/** `dossier import` draws its progress on a terminal's stderr, and nowhere else. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../io';
import { run } from '../run';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-import-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'a.txt'), 'Alpha\n\nRoadblocks were reported overnight.\n');
  writeFileSync(join(dir, 'in', 'b.md'), '# Bravo\n\nThe port reopened on Tuesday.\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function importFolder(errIsTTY: boolean, ...flags: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text), errIsTTY };
  const code = await run(['import', join(dir, 'in'), '--data-dir', join(dir, 'library'), '--no-sample', ...flags], io);
  return { code, out: out.join(''), err: err.join('') };
}

describe('dossier import progress', () => {
  it('shows “Importing n/total: file” on a terminal, then clears the line before the summary', async () => {
    const { code, err } = await importFolder(true);
    expect(code).toBe(0);
    const clearLine = '\r\x1b[2K';
    expect(err.startsWith(`${clearLine}Importing 1/2: `)).toBe(true);
    expect(err).toContain('a.txt');
    expect(err).toContain(`${clearLine}2 imported, 0 duplicate, 0 failed\n`);
  }, 60_000);

  it('shows no progress when stderr is not a terminal, or with --json', async () => {
    const piped = await importFolder(false);
    expect(piped.err).toBe('2 imported, 0 duplicate, 0 failed\n');
    rmSync(join(dir, 'library'), { recursive: true });
    const json = await importFolder(true, '--json');
    expect(json.err).toBe('');
    expect(JSON.parse(json.out)).toMatchObject({ failed: [] });
  }, 60_000);
});
