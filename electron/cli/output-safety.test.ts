/**
 * The CLI never writes a control character to a terminal: not from a library that stored dirty
 * strings before the hygiene rule (simulated here by writing them with SQL), not from a file name,
 * and not in --json output, where they stay data but escaped.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentDetail, DocumentSummary } from '../contract';
import type { Io } from './io';
import { run } from './run';

let dir: string;
let library: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-safety-'));
  library = join(dir, 'library');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const CLEAR_LINE = '\r\x1b[2K';
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const DIRTY_TITLE = 'Harbour \u001b[2J\u001b]0;pwned\u0007 plan\u000e\u009b31m\r';

async function dossier(args: string[], errIsTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text), errIsTTY };
  const code = await run([...args, '--data-dir', library, '--no-sample'], io);
  return { code, out: out.join(''), err: err.join('') };
}

/** A library holding one document whose title, source, file name and text were stored dirty. */
async function dirtyLibrary(): Promise<string> {
  const file = join(dir, 'plan.txt');
  writeFileSync(file, 'Harbour plan\n\nThe harbour plan was announced on Monday.\n');
  expect((await dossier(['import', file])).code).toBe(0);
  const db = new Database(join(library, 'dossier.sqlite'));
  const id = db.prepare('SELECT id FROM documents').pluck().get() as string;
  db.prepare(
    `UPDATE documents SET title = ?, source = ?, file_name = ?, text = replace(text, 'announced', ?) WHERE id = ?`,
  ).run(DIRTY_TITLE, 'Gazette\u0007', 'plan\u001b[8m.txt', 'ann\u001b[5mced', id);
  db.close();
  return id;
}

describe('dossier output', () => {
  it('list, show and search print no control character from dirty stored strings', async () => {
    const id = await dirtyLibrary();
    const list = await dossier(['list']);
    expect(list.code).toBe(0);
    expect(list.out).toContain('Harbour [2J]0;pwned plan31m');
    const show = await dossier(['show', id]);
    expect(show.out).toContain('ann[5mced');
    const search = await dossier(['search', 'harbour']);
    expect(search.out).toContain('Harbour [2J]0;pwned plan31m');
    for (const { out, err } of [list, show, search]) {
      expect(CONTROL.test(out), JSON.stringify(out)).toBe(false);
      expect(CONTROL.test(err), JSON.stringify(err)).toBe(false);
    }
  }, 60_000);

  it('--json escapes every control character and still carries the stored value', async () => {
    const id = await dirtyLibrary();
    const list = await dossier(['list', '--json']);
    const show = await dossier(['show', id, '--json']);
    for (const { out } of [list, show]) expect(CONTROL.test(out), out).toBe(false);
    expect(list.out).toContain('\\u001b[2J');
    expect(list.out).toContain('\\u009b31m');
    expect((JSON.parse(list.out) as DocumentSummary[])[0]?.title).toBe(DIRTY_TITLE);
    expect((JSON.parse(show.out) as DocumentDetail).text).toContain('ann\u001b[5mced');
  }, 60_000);

  it('a file name with escapes reaches neither the progress line nor the summary raw', async () => {
    const file = join(dir, 'evil\u001b]0;pwned\u0007\u001b[2J.txt');
    writeFileSync(file, 'Evil name\n\nThe file name carries terminal escapes.\n');
    const result = await dossier(['import', file], true);
    expect(result.code).toBe(0);
    expect(result.err).toContain(CLEAR_LINE);
    expect(result.err).toContain('evil]0;pwned[2J.txt');
    expect(CONTROL.test(result.err.split(CLEAR_LINE).join('')), result.err).toBe(false);
    expect(CONTROL.test(result.out), result.out).toBe(false);
  }, 60_000);
});
