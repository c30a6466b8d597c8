/** The brief being composed: saved with the project, one undo step per save, and what the export uses. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { highlightPhrase, reportText } from '../testing/annotated-library';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
beforeEach(() => {
  t = tempCore();
});
afterEach(() => t.dispose());

describe('brief draft', () => {
  it('starts from the defaults, saves parts, keeps the rest, and survives a reopen', async () => {
    expect(await t.call('brief.get')).toEqual({
      title: '',
      scope: {},
      structure: 'tag',
      sections: {},
      summary: '',
      judgments: [],
      updatedAt: null,
    });
    await t.call('brief.save', { title: ' Haiti, week 26 ', structure: 'chronological' });
    await t.call('brief.save', { summary: 'Security *improved* in June.', sections: { sources: false } });
    const reopened = await t.reopen();
    t = reopened;
    expect(await t.call('brief.get')).toMatchObject({
      title: 'Haiti, week 26',
      structure: 'chronological',
      sections: { sources: false },
      summary: 'Security *improved* in June.',
    });
  });

  it('undoes each save in one step, and a save that changes nothing leaves no step', async () => {
    await t.call('brief.save', { summary: 'First.' });
    await t.call('brief.save', { summary: 'Second.' });
    await t.call('brief.save', { summary: 'Second.' });
    expect(await t.call('history.undo')).toEqual({ undone: 'Edit brief summary' });
    expect((await t.call('brief.get')).summary).toBe('First.');
    await t.call('history.undo');
    expect((await t.call('brief.get')).summary).toBe('');
  });

  it('exports what was composed: title, summary and a judgment citing a passage, unless the call says otherwise', async () => {
    const report = await t.call('documents.import', { files: [fileOf('kenya.txt', reportText)] });
    const doc = await t.call('documents.get', { id: report.imported[0]!.id });
    const h = await highlightPhrase(t, doc, 'Gangs still control', ['gangs']);
    await t.call('brief.save', {
      title: 'Week 26',
      summary: 'Gangs hold the capital.',
      judgments: [{ id: 'j1', text: 'The mission has not changed control of the city.', citations: [h.id] }],
    });
    const saved = await t.call('export.brief', {});
    expect(saved.fileName).toMatch(/^week-26-/);
    expect(saved.markdown).toContain('# Week 26');
    expect(saved.markdown).toContain('Gangs hold the capital.');
    expect(saved.markdown).toContain('The mission has not changed control of the city.');
    const overridden = await t.call('export.brief', { title: 'Other', summary: 'Something else.' });
    expect(overridden.markdown).toContain('# Other');
    expect(overridden.markdown).not.toContain('Gangs hold the capital.');
  });

  it('reads a damaged saved brief as the defaults for the damaged part, never failing', async () => {
    await t.call('brief.save', { title: 'Kept', structure: 'source' });
    const db = new Database(join(t.dataDir, 'dossier.sqlite'));
    db.prepare("UPDATE brief_drafts SET settings_json = '{not json', judgments_json = '[{\"id\":1}]'").run();
    db.close();
    expect(await t.call('brief.get')).toMatchObject({ title: 'Kept', structure: 'tag', judgments: [] });
    expect((await t.call('export.brief', {})).markdown).toContain('# Kept');
  });
});
