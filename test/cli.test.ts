/** The `dossier` command end to end: spawns the real launcher against a temporary library. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentDetail, DocumentSummary, ImportReport, SearchResponse } from '../electron/contract';
import { launcher, useCliHarness } from './cli-harness';

const cli = useCliHarness('dossier-cli-');
const { dossier } = cli;

function json<T>(...args: string[]): T {
  const result = dossier(...args, '--json');
  expect(result.stderr).not.toMatch(/unexpected error/);
  return JSON.parse(result.stdout) as T;
}

function writeFiles(files: Record<string, string>): string {
  const folder = join(cli.dir, 'in');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}

// Each case spawns the real launcher several times (a few seconds each on a busy two-core machine).
describe('dossier', { timeout: 120_000 }, () => {
  it('prints usage for help, --help and no arguments', () => {
    for (const args of [['help'], ['--help'], []]) {
      const result = dossier(...args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: dossier <command>/);
      expect(result.stdout).toContain('export brief --out <file>');
    }
  });

  it('imports a folder recursively, then lists, shows, searches and exports', () => {
    const folder = writeFiles({
      'a.txt': 'Quixotic harbour plan\nThe quixotic harbour plan was announced on Monday by officials.\n',
      'nested/b.md': '# Second note\n\nOfficials deployed more police to the harbour.\n',
      'nested/skip.csv': 'a,b\n',
    });
    const imported = dossier('import', folder, '--no-sample');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^imported {3}\S+ {2}Quixotic harbour plan$/m);
    expect(imported.stdout).toMatch(/^imported {3}\S+ {2}Second note$/m);
    expect(imported.stderr).toContain('2 imported, 0 duplicate, 0 failed');

    const listed = dossier('list');
    expect(listed.code).toBe(0);
    expect(listed.stdout.split('\n')[0]).toMatch(/^ID\s+WORDS\s+DATE\s+SOURCE\s+TITLE$/);
    expect(listed.stdout).toContain('Quixotic harbour plan');
    const [first] = json<DocumentSummary[]>('list');
    if (!first) throw new Error('nothing listed');

    const shown = dossier('show', first.id);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`ID:          ${first.id}`);
    expect(shown.stdout).toContain('The quixotic harbour plan was announced on Monday by officials.');
    expect(shown.stdout).toMatch(/^1\s+heading 2\s+0-21\s+Quixotic harbour plan$/m);
    const detail = json<DocumentDetail>('show', first.id);
    expect(detail.text).toBe(
      'Quixotic harbour plan\n\nThe quixotic harbour plan was announced on Monday by officials.',
    );
    expect(detail.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph']);

    const found = dossier('search', 'quixotic', 'plan');
    expect(found.code).toBe(0);
    expect(found.stdout).toMatch(/^Documents \(1\)\n1\. Quixotic harbour plan {2}\(/m);
    expect(found.stdout).toContain('The [[quixotic]] harbour [[plan]] was announced');
    const { hits } = json<SearchResponse>('search', 'deploy').documents;
    expect(hits.map((h) => h.title)).toEqual(['Second note']);

    const out = join(cli.dir, 'brief.md');
    const exported = dossier('export', 'brief', '--out', out, '--title', 'Harbour brief');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(out);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Harbour brief\n/);
    expect(readdirSync(cli.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('seeds the sample corpus into a new library unless --no-sample', () => {
    expect(json<DocumentSummary[]>('list')).toHaveLength(5);
    cli.dataDir = join(cli.dir, 'empty');
    expect(json<DocumentSummary[]>('list', '--no-sample')).toEqual([]);
  });

  it('with --json prints only JSON on stdout and reports duplicates and failures, exiting 1', () => {
    const folder = writeFiles({
      'a.txt': 'Some plain text that is long enough.\n',
      'copy.txt': 'Some plain text that is long enough.\n',
    });
    writeFileSync(join(cli.dir, 'report.pdf'), '%PDF-1.7');
    const first = dossier('import', join(folder, 'a.txt'), '--no-sample', '--json');
    expect(first.code).toBe(0);
    expect((JSON.parse(first.stdout) as ImportReport).imported).toHaveLength(1);

    const second = dossier(
      'import',
      join(folder, 'copy.txt'),
      join(cli.dir, 'report.pdf'),
      join(cli.dir, 'missing.txt'),
      '--json',
    );
    expect(second.code).toBe(1);
    const report = JSON.parse(second.stdout) as ImportReport;
    expect(report.duplicates.map((d) => d.name)).toEqual([join(folder, 'copy.txt')]);
    expect(report.failed.map((f) => f.message)).toEqual([
      expect.stringMatching(/missing\.txt could not be read \(ENOENT\)/),
      expect.stringMatching(/report\.pdf .*(damaged|not a PDF)/),
    ]);
  });

  it('prints failed imports on stderr and exits 1', () => {
    writeFileSync(join(cli.dir, 'empty.txt'), '');
    const result = dossier('import', join(cli.dir, 'empty.txt'), '--no-sample');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^failed {5}\S*empty\.txt is empty \(0 bytes\)/m);
    expect(result.stdout).toBe('');
  });

  it('reports core errors as "dossier: <message>" on stderr with exit 1', () => {
    const missing = dossier('show', 'no-such-id', '--no-sample', '--json');
    expect(missing).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'dossier: That document is no longer in the library.\n',
    });
    const badQuery = dossier('search', 'title:', '--no-sample');
    expect(badQuery.code).toBe(1);
    expect(badQuery.stderr).toMatch(/^dossier: Write a word right after title:/);
  });

  it('replaces a document with a new version, and refuses the current version', () => {
    const folder = writeFiles({
      'plan.txt': 'Harbour plan\nThe harbour plan was announced on Monday.\n',
      'plan-v2.txt': 'Harbour plan\nThe harbour plan was announced on Tuesday, with a zeppelin.\n',
    });
    const [doc] = json<ImportReport>('import', join(folder, 'plan.txt'), '--no-sample').imported;
    if (!doc) throw new Error('import failed');
    const replaced = dossier('replace', doc.id, join(folder, 'plan-v2.txt'));
    expect(replaced).toMatchObject({ code: 0, stderr: '' });
    expect(replaced.stdout).toBe(`replaced   ${doc.id}  Harbour plan\nhighlights: 0 re-anchored, 0 need review\n`);
    expect(json<SearchResponse>('search', 'zeppelin').documents.hits.map((h) => h.documentId)).toEqual([doc.id]);
    const again = dossier('replace', doc.id, join(folder, 'plan-v2.txt'), '--json');
    expect(again).toMatchObject({ code: 1, stdout: '' });
    expect(again.stderr).toMatch(/^dossier: plan-v2\.txt is already the current version of “Harbour plan”/);
    expect(dossier('replace', doc.id).code).toBe(2);
  });

  it('refuses to overwrite a brief unless --force', () => {
    const out = join(cli.dir, 'brief.md');
    writeFileSync(out, 'keep me');
    const refused = dossier('export', 'brief', '--out', out, '--no-sample');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists; use --force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = dossier('export', 'brief', '--out', out, '--force', '--json');
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ path: out });
    expect(readFileSync(out, 'utf8')).toMatch(/^# Brief — Haiti: the MSS mission\n/);
  });

  it.each([
    [['bogus'], /unknown command “bogus”/],
    [['show'], /show needs exactly one document id/],
    [['search'], /search needs a query/],
    [['import'], /import needs at least one file or folder/],
    [['export', 'brief'], /needs --out/],
    [['export', 'notes', '--out', 'x.md'], /export writes brief, passages, timeline, annotations or qdpx, not “notes”/],
    [['list', '--flavour'], /Unknown option '--flavour'/],
  ])('exits 2 with usage on stderr for %j', (args, message) => {
    const result = dossier(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Usage: dossier <command>');
  });

  it('uses DOSSIER_DATA_DIR when --data-dir is not given', () => {
    const envDir = join(cli.dir, 'from-env');
    const result = spawnSync(process.execPath, [launcher, 'list', '--json', '--no-sample'], {
      encoding: 'utf8',
      env: { ...process.env, DOSSIER_DATA_DIR: envDir },
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(existsSync(join(envDir, 'dossier.sqlite'))).toBe(true);
  });

  it('a wrong invocation exits 2 and creates no library', () => {
    for (const args of [['bogus'], ['import'], ['export', 'brief'], ['list', '--nope']]) {
      const result = dossier(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: dossier');
    }
    expect(existsSync(cli.dataDir)).toBe(false);
  });
});
