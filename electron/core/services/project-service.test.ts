/** The first run: a new library gets the sample project and its five documents, exactly once. */
import { afterEach, describe, expect, it } from 'vitest';
import { repoPaths } from '../repo-paths';
import { tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore | undefined;
afterEach(() => t?.dispose());

describe('first run', () => {
  it('seeds the sample corpus once; reopening does not import it again', async () => {
    t = tempCore({ sampleDir: repoPaths.sampleCorpus });
    const first = await t.call('documents.list');
    expect(first).toHaveLength(5);
    expect(first.map((d) => d.fileName).sort()).toEqual([
      '000_4c4c73db95676832.txt',
      '001_5620d1ecf9970ff1.txt',
      '002_6b1368a0f3c1d693.txt',
      '003_c89b9ae9724bcb68.txt',
      '004_03de4a3e5c6aecce.txt',
    ]);
    expect(await t.call('library.info')).toMatchObject({
      projectName: 'Haiti: the MSS mission',
      documentCount: 5,
      platform: 'cli',
    });

    t = await t.reopen();
    expect((await t.call('documents.list')).map((d) => d.id).sort()).toEqual(first.map((d) => d.id).sort());
  });

  it('does not reseed a library whose sample documents were all deleted', async () => {
    t = tempCore({ sampleDir: repoPaths.sampleCorpus });
    for (const d of await t.call('documents.list')) await t.call('documents.delete', { id: d.id });
    t = await t.reopen();
    expect(await t.call('documents.list')).toEqual([]);
  });

  it('the sample import is not undoable', async () => {
    t = tempCore({ sampleDir: repoPaths.sampleCorpus });
    expect(await t.call('history.undo')).toEqual({ undone: null });
    expect(await t.call('documents.list')).toHaveLength(5);
  });

  it('without a sample folder the library starts empty', async () => {
    t = tempCore();
    expect(await t.call('documents.list')).toEqual([]);
  });
});
