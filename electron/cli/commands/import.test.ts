/**
 * `dossier import`: progress on a terminal's stderr and nowhere else; any number of files, read and
 * stored batch by batch; pipes and links named as skipped and never opened.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_PROJECT_NAME } from '../../core/services/project-service';
import type { Io } from '../io';
import { run } from '../run';

/** How the summary names the project: a new library's first project, even without the sample. */
const inProject = ` (project “${SAMPLE_PROJECT_NAME}”)\n`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-import-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'a.txt'), 'Alpha\n\nRoadblocks were reported overnight.\n');
  writeFileSync(join(dir, 'in', 'b.md'), '# Bravo\n\nThe port reopened on Tuesday.\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function importFolder(errIsTTY: boolean, ...flags: string[]) {
  return importArgs(errIsTTY, [join(dir, 'in')], ...flags);
}

async function importArgs(errIsTTY: boolean, paths: string[], ...flags: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text), errIsTTY };
  const code = await run(['import', ...paths, '--data-dir', join(dir, 'library'), '--no-sample', ...flags], io);
  return { code, out: out.join(''), err: err.join('') };
}

function writeNotes(count: number): void {
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(4, '0');
    writeFileSync(join(dir, 'in', `note-${n}.txt`), `Note ${n}\n\nPatrol ${n} reported the road clear.\n`);
  }
}

describe('dossier import progress', () => {
  it('shows “Importing n/total: file” on a terminal, then clears the line before the summary', async () => {
    const { code, err } = await importFolder(true);
    expect(code).toBe(0);
    const clearLine = '\r\x1b[2K';
    expect(err.startsWith(`${clearLine}Importing 1/2: `)).toBe(true);
    expect(err).toContain('a.txt');
    expect(err).toContain(`${clearLine}2 imported, 0 duplicate, 0 failed${inProject}`);
  }, 60_000);

  it('shows no progress when stderr is not a terminal, or with --json', async () => {
    const piped = await importFolder(false);
    expect(piped.err).toBe(`2 imported, 0 duplicate, 0 failed${inProject}`);
    rmSync(join(dir, 'library'), { recursive: true });
    const json = await importFolder(true, '--json');
    expect(json.err).toBe('');
    expect(JSON.parse(json.out)).toMatchObject({ failed: [] });
  }, 60_000);
});

describe('dossier import in batches', () => {
  it('imports 520 files, counting progress over all of them', async () => {
    writeNotes(518);
    const { code, err } = await importFolder(true);
    expect(code).toBe(0);
    // Each batch's first file is shown at once: its position counts the batches before it.
    expect(err).toContain('Importing 101/520: ');
    expect(err).toContain('Importing 501/520: ');
    expect(err.match(/Importing \d+\/\d+/g)?.every((shown) => shown.endsWith('/520'))).toBe(true);
    expect(err).toContain(`520 imported, 0 duplicate, 0 failed${inProject}`);
    const listed = await run(['list', '--json', '--data-dir', join(dir, 'library')], {
      out: (text) => expect(JSON.parse(text)).toHaveLength(520),
      err: () => undefined,
    });
    expect(listed).toBe(0);
  }, 120_000);
});

// Skipped on win32: the probe makes named pipes with mkfifo and symbolic links, which Windows lacks or restricts.
describe.skipIf(process.platform === 'win32')('dossier import and what is not a file', () => {
  it('names a pipe (in a folder or given by path) and a link as skipped, without blocking on them', async () => {
    execFileSync('mkfifo', [join(dir, 'in', 'pipe.txt')]);
    execFileSync('mkfifo', [join(dir, 'named.md')]);
    symlinkSync(join(dir, 'in', 'a.txt'), join(dir, 'in', 'link.txt'));
    const text = await importArgs(false, [join(dir, 'in'), join(dir, 'named.md')]);
    expect(text.code).toBe(0);
    expect(text.err).toContain(
      `skipped    ${join(dir, 'in', 'link.txt')} (a symbolic link (links are not followed))\n`,
    );
    expect(text.err).toContain(`skipped    ${join(dir, 'in', 'pipe.txt')} (a named pipe (FIFO), not a regular file)\n`);
    expect(text.err).toContain(`skipped    ${join(dir, 'named.md')} (a named pipe (FIFO), not a regular file)\n`);
    expect(text.err).toContain(`2 imported, 0 duplicate, 0 failed${inProject}`);

    rmSync(join(dir, 'library'), { recursive: true });
    const json = JSON.parse((await importArgs(false, [join(dir, 'in'), join(dir, 'named.md')], '--json')).out) as {
      imported: unknown[];
      skipped: string[];
      notFiles: { name: string; reason: string }[];
    };
    expect(json.imported).toHaveLength(2);
    expect(json.skipped).toEqual([]);
    expect(json.notFiles.map((entry) => entry.name)).toEqual([
      join(dir, 'in', 'link.txt'),
      join(dir, 'in', 'pipe.txt'),
      join(dir, 'named.md'),
    ]);
  }, 60_000);
});
