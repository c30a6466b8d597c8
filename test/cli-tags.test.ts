/** `dossier tags …` through the real launcher: the codebook tree, its changes, export and import, refusals. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightPhrase, reportText } from '../electron/core/testing/annotated-library';
import { fileOf, tempCore } from '../electron/core/testing/temp-core';
import { useCliHarness } from './cli-harness';

const cli = useCliHarness('dossier-cli-tags-');
const run = (...args: string[]) => cli.dossier(...args, '--no-sample');
const ok = (...args: string[]) => {
  const result = run(...args);
  if (result.code !== 0) throw new Error(`dossier ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result.stdout;
};
const json = <T>(...args: string[]): T => JSON.parse(ok(...args, '--json')) as T;

interface ListedTag {
  id: string;
  name: string;
  parent: string | null;
  parentId: string | null;
  colour: string | null;
  description: string;
  pin: number | null;
  count: number;
  totalCount: number;
}

/** security (#1f77b4) > police, gangs; police on two passages, gangs on one of them. */
async function seed(): Promise<void> {
  const t = tempCore({}, cli.dataDir);
  const report = await t.call('documents.import', { files: [fileOf('kenya.txt', reportText)] });
  const doc = await t.call('documents.get', { id: report.imported[0]!.id });
  const security = await t.call('tags.create', { name: 'security', color: '#1f77b4', description: 'Force and order' });
  await t.call('tags.create', { name: 'police', parentId: security.id });
  await t.call('tags.create', { name: 'gangs', parentId: security.id });
  await highlightPhrase(t, doc, 'first Kenyan police officers', ['police']);
  await highlightPhrase(t, doc, 'Gangs still control', ['gangs', 'police']);
  await t.core.close();
}

const shape = (tags: ListedTag[]) => tags.map((t) => [t.name, t.parent, t.colour, t.count, t.totalCount]);

describe('dossier tags', { timeout: 400_000 }, () => {
  it('lists the tree with counts, and creates, renames, moves, merges and deletes by name or id', async () => {
    await seed();
    const listed = json<ListedTag[]>('tags', 'list');
    expect(shape(listed)).toEqual([
      ['security', null, '#1f77b4', 0, 2],
      ['gangs', 'security', null, 1, 1],
      ['police', 'security', null, 2, 2],
    ]);
    expect(listed[0]).toMatchObject({ parentId: null, description: 'Force and order', pin: null });
    expect(listed[1]?.parentId).toBe(listed[0]?.id);
    expect(ok('tags', 'list').split('\n')).toEqual([
      'security  #1f77b4  0 · 2 with sub-tags',
      '    Force and order',
      '  gangs  1',
      '  police  2',
      '',
    ]);

    const created = json<ListedTag>(
      'tags',
      'create',
      'armed units',
      '--parent',
      'POLICE',
      '--colour',
      '#FF7F0E',
      '--description',
      'With weapons',
    );
    expect(created).toMatchObject({ name: 'armed units', parent: 'police', colour: '#ff7f0e', count: 0 });
    expect(ok('tags', 'rename', 'Gangs', 'organised crime')).toBe('Renamed “gangs” to “organised crime”.\n');
    expect(ok('tags', 'move', created.id, '--top')).toBe('Moved “armed units” to the top level.\n');
    expect(ok('tags', 'move', 'armed units', '--parent', 'security')).toBe('Moved “armed units” under “security”.\n');
    expect(ok('tags', 'merge', 'organised crime', 'police')).toBe(
      'Merged “organised crime” (1 passage) into “police”, which now has 2 passages.\n',
    );
    expect(ok('tags', 'delete', 'security')).toBe(
      'Deleted “security”: removed from 0 passages; its 2 sub-tags moved to the top level.\n',
    );
    expect(shape(json<ListedTag[]>('tags', 'list'))).toEqual([
      ['armed units', null, '#ff7f0e', 0, 0],
      ['police', null, null, 2, 2],
    ]);
  });

  it('exports .qdc and CSV to stdout or a file, and imports them into another library with a report', async () => {
    await seed();
    const qdc = ok('tags', 'export', '--qdc');
    expect(qdc).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1\.0"/);
    expect(json('tags', 'export', '--qdc')).toEqual({
      fileName: expect.stringMatching(/-codebook\.qdc$/) as string,
      format: 'qdc',
      content: qdc,
    });
    const csvPath = join(cli.dir, 'tags.csv');
    expect(ok('tags', 'export', '--csv', '--out', csvPath)).toBe(`Wrote the codebook to ${csvPath}\n`);
    expect(readFileSync(csvPath, 'utf8').split('\r\n')[0]).toBe('name,parent,colour,description');
    const again = run('tags', 'export', '--csv', '--out', csvPath);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists; use --force/);

    cli.dataDir = join(cli.dir, 'other');
    const qdcPath = join(cli.dir, 'codebook.qdc');
    writeFileSync(qdcPath, qdc);
    expect(ok('tags', 'import', qdcPath)).toBe(
      'Imported codebook.qdc: 3 created (security, gangs, police), 0 updated, 0 unchanged.\n',
    );
    writeFileSync(csvPath, '\uFEFFname,parent,color\npolice,,#2CA02C\nsecurity,,\n');
    expect(json('tags', 'import', csvPath)).toEqual({
      created: [],
      updated: ['police'],
      unchanged: 1,
      warnings: [],
    });
    expect(shape(json<ListedTag[]>('tags', 'list'))).toEqual([
      ['police', null, '#2ca02c', 0, 0],
      ['security', null, '#1f77b4', 0, 0],
      ['gangs', 'security', null, 0, 0],
    ]);
  });

  it('refuses what it cannot do with a clear message and a non-zero exit, changing nothing', async () => {
    await seed();
    const before = ok('tags', 'list', '--json');
    const bad = join(cli.dir, 'bad.csv');
    writeFileSync(bad, 'name,parent\nfine,\n"broken,x\n');
    const refusals: [string[], number, RegExp][] = [
      [['tags', 'rename', 'nothing', 'x'], 1, /no tag is called “nothing”; dossier tags list shows the codebook/],
      [['tags', 'move', 'police', '--parent', 'police'], 1, /cannot sit under itself/],
      [['tags', 'create', 'POLICE'], 1, /“police” already exists/],
      [['tags', 'create', '--colour', 'red', 'new'], 1, /#rrggbb/],
      [['tags', 'move', 'police'], 2, /either --parent "<tag>" or --top/],
      [['tags', 'export'], 2, /--qdc .* or --csv/],
      [['tags', 'import', join(cli.dir, 'missing.csv')], 1, /missing\.csv does not exist/],
      [['tags', 'import', bad], 1, /line 3 of bad\.csv: a quoted field is never closed/],
      [['tags', 'frobnicate'], 2, /unknown tags action “frobnicate”/],
    ];
    for (const [args, code, message] of refusals) {
      const result = run(...args);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.stderr).toMatch(message);
    }
    expect(ok('tags', 'list', '--json')).toBe(before);
    expect(existsSync(join(cli.dir, 'missing.csv'))).toBe(false);
  });
});
