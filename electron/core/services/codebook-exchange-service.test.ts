/** Codebook export and import through the contract: round trips, merge reports, refusals, one undo step. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
let other: TempCore | undefined;
beforeEach(() => {
  t = tempCore();
});
afterEach(async () => {
  await t.dispose();
  await other?.dispose();
  other = undefined;
}, 60_000);

/** The codebook as names, parent names, colours and descriptions, in tree order. */
async function shape(core: TempCore) {
  const tags = await core.call('tags.list');
  const names = new Map(tags.map((x) => [x.id, x.name]));
  return tags.map((x) => ({
    name: x.name,
    parent: x.parentId === null ? null : names.get(x.parentId),
    color: x.color,
    description: x.description,
  }));
}

/** security > (police > "armed units", gangs), "sources, rumours" at the top; awkward text in descriptions. */
async function buildCodebook(core: TempCore) {
  const security = await core.call('tags.create', {
    name: 'security',
    color: '#1f77b4',
    description: 'Force and order: <police>, "gangs" & more',
  });
  const police = await core.call('tags.create', { name: 'police', parentId: security.id, color: '#ff7f0e' });
  await core.call('tags.create', {
    name: 'armed units',
    parentId: police.id,
    description: 'Line one, with a comma\nLine "two" — é 😀',
  });
  await core.call('tags.create', { name: 'gangs', parentId: security.id });
  await core.call('tags.create', { name: 'sources, rumours', description: 'Said, not seen' });
}

describe('codebook export', { timeout: 60_000 }, () => {
  it('round-trips a .qdc into another library: same tree, colours and descriptions', async () => {
    await buildCodebook(t);
    const exported = await t.call('codebook.export', { format: 'qdc' });
    expect(exported.fileName).toMatch(/-codebook\.qdc$/);
    other = tempCore();
    const report = await other.call('codebook.import', { fileName: exported.fileName, content: exported.content });
    expect(report).toEqual({
      created: ['security', 'gangs', 'police', 'armed units', 'sources, rumours'],
      updated: [],
      unchanged: 0,
      warnings: [],
    });
    expect(await shape(other)).toEqual(await shape(t));
  });

  it('round-trips CSV with commas, quotes and line breaks in descriptions', async () => {
    await buildCodebook(t);
    const exported = await t.call('codebook.export', { format: 'csv' });
    expect(exported.fileName).toMatch(/-codebook\.csv$/);
    expect(exported.content.split('\r\n')[0]).toBe('name,parent,colour,description');
    other = tempCore();
    const report = await other.call('codebook.import', { fileName: 'tags.csv', content: exported.content });
    expect(report.created).toHaveLength(5);
    expect(await shape(other)).toEqual(await shape(t));
  });

  it('a .qdc of an empty codebook is refused (the schema needs a code); CSV is just the header', async () => {
    expect((await t.fails('codebook.export', { format: 'qdc' })).message).toMatch(/empty.*add a tag/);
    expect((await t.call('codebook.export', { format: 'csv' })).content).toBe('name,parent,colour,description\r\n');
  });
});

describe('codebook import', { timeout: 60_000 }, () => {
  it('merges by name ignoring case and reports what it created, updated and left alone', async () => {
    await buildCodebook(t);
    const csv = [
      'Name,Parent,Color,Description',
      'SECURITY,,#1F77B4,', // same colour, empty description: nothing changes
      'Police,,,', // moves to the top; empty colour does not clear it
      'gangs,security,#2ca02c,Organised crime', // new colour and description
      'informants,police,#abc,Who talks',
      'armed units,police,,',
    ].join('\n');
    const report = await t.call('codebook.import', { fileName: 'tags.csv', content: csv });
    expect(report).toEqual({
      created: ['informants'],
      updated: ['police', 'gangs'],
      unchanged: 2,
      warnings: [],
    });
    expect(await shape(t)).toEqual([
      { name: 'police', parent: null, color: '#ff7f0e', description: '' },
      { name: 'armed units', parent: 'police', color: null, description: 'Line one, with a comma\nLine "two" — é 😀' },
      { name: 'informants', parent: 'police', color: '#aabbcc', description: 'Who talks' },
      { name: 'security', parent: null, color: '#1f77b4', description: 'Force and order: <police>, "gangs" & more' },
      { name: 'gangs', parent: 'security', color: '#2ca02c', description: 'Organised crime' },
      { name: 'sources, rumours', parent: null, color: null, description: 'Said, not seen' },
    ]);
  });

  it('refuses a parent that would put a tag under itself, and keeps that tag where it was', async () => {
    await buildCodebook(t);
    const csv = 'name,parent\nsecurity,armed units\n';
    const report = await t.call('codebook.import', { fileName: 'loop.csv', content: csv });
    expect(report.updated).toEqual([]);
    expect(report.warnings).toEqual([
      'line 2 of loop.csv: “security” cannot go under “armed units”, which would put it under itself; it keeps its place.',
    ]);
    expect((await shape(t)).find((x) => x.name === 'security')?.parent).toBeNull();
  });

  it('a file that changes nothing makes no undo step', async () => {
    await buildCodebook(t);
    const exported = await t.call('codebook.export', { format: 'qdc' });
    const report = await t.call('codebook.import', { fileName: 'same.qdc', content: exported.content });
    expect(report).toMatchObject({ created: [], updated: [], unchanged: 5 });
    expect(await t.call('history.undo')).toEqual({ undone: 'Add tag “sources, rumours”' });
  });

  it('undoes a whole import in one step', async () => {
    await buildCodebook(t);
    const before = await shape(t);
    const csv = 'name,parent,colour\nnew top,,#000000\nnew child,new top,\npolice,,\ngangs,police,#123456\n';
    await t.call('codebook.import', { fileName: 'big.csv', content: csv });
    expect(await shape(t)).not.toEqual(before);
    expect(await t.call('history.undo')).toEqual({ undone: 'Import codebook “big.csv”' });
    expect(await shape(t)).toEqual(before);
    expect(await t.call('history.redo')).toEqual({ redone: 'Import codebook “big.csv”' });
    expect((await shape(t)).map((x) => x.name)).toContain('new child');
  });

  it('refuses malformed files with what is wrong, and leaves the codebook as it was', async () => {
    await buildCodebook(t);
    const before = await shape(t);
    const refusals: [string, string, RegExp][] = [
      ['codebook.qdc', '<Project name="x"/>', /codebook\.qdc is not a REFI-QDA codebook: no <CodeBook> element/],
      ['codebook.qdc', '<CodeBook><Codes><Code name="a"></Codes></CodeBook>', /not well-formed XML: line 1/],
      ['codebook.qdc', '<CodeBook><Codes><Code guid="x" isCodable="true"/></Codes></CodeBook>', /has no name/],
      ['codebook.qdc', '<CodeBook origin="x"></CodeBook>', /has no <Codes> element/],
      ['tags.csv', 'name,parent\nfine,\nbad "quote",x\n', /line 3 of tags\.csv: .*quote/],
      ['tags.csv', 'name,parent\nok,\n,security\n', /line 3 of tags\.csv: the name is empty/],
      ['tags.csv', 'title,parent\na,b\n', /line 1 of tags\.csv: no “name” column/],
      ['tags.csv', 'name,parent\na,b,c\n', /line 2 of tags\.csv: more fields than the header/],
      ['empty', '  ', /empty/],
    ];
    for (const [fileName, content, message] of refusals) {
      const error = await t.fails('codebook.import', { fileName, content });
      expect(error.code, fileName).toBe('invalid_input');
      expect(error.message).toMatch(message);
    }
    expect(await shape(t)).toEqual(before);
    expect(await t.call('history.undo')).toEqual({ undone: 'Add tag “sources, rumours”' });
  });

  it('reads a codebook written by another tool: prefixed namespace, nested codes, no colours, sets', async () => {
    const qdc = `<?xml version="1.0" encoding="utf-8"?>
<qda:CodeBook xmlns:qda="urn:QDA-XML:codebook:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="urn:QDA-XML:codebook:1.0 Codebook.xsd" origin="ATLAS.ti Win 23.4.0">
  <qda:Codes>
    <qda:Code guid="1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" name="Displacement" isCodable="false">
      <qda:Description>People forced to move&#10;(any cause)</qda:Description>
      <qda:Code guid="2A0E7C44-1111-4B0C-8BE5-BBDC91F55294" name="Camps" isCodable="true"/>
      <qda:Code guid="{3B1F8D55-2222-4B0C-8BE5-BBDC91F55294}" name="Returns &amp; resettlement" isCodable="true">
        <qda:Code guid="4C2A9E66-3333-4B0C-8BE5-BBDC91F55294" name="Forced returns" isCodable="true"/>
      </qda:Code>
    </qda:Code>
    <qda:Code guid="5D3BAF77-4444-4B0C-8BE5-BBDC91F55294" name="Aid" isCodable="true" color="#46AA00"/>
  </qda:Codes>
  <qda:Sets>
    <qda:Set name="Chapter 2" guid="ECA18D76-2B8B-4F26-BC1D-19ECA19FB3F0">
      <qda:MemberCode guid="1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294"/>
    </qda:Set>
  </qda:Sets>
</qda:CodeBook>`;
    const report = await t.call('codebook.import', { fileName: 'atlas export.qdc', content: `\uFEFF${qdc}` });
    expect(report.created).toEqual(['Displacement', 'Camps', 'Returns & resettlement', 'Forced returns', 'Aid']);
    expect(report.warnings).toEqual([
      'atlas export.qdc has a set (groups of codes); Dossier has no code groups, so it was not imported.',
    ]);
    expect(await shape(t)).toEqual([
      { name: 'Aid', parent: null, color: '#46aa00', description: '' },
      { name: 'Displacement', parent: null, color: null, description: 'People forced to move\n(any cause)' },
      { name: 'Camps', parent: 'Displacement', color: null, description: '' },
      { name: 'Returns & resettlement', parent: 'Displacement', color: null, description: '' },
      { name: 'Forced returns', parent: 'Returns & resettlement', color: null, description: '' },
    ]);
  });
});
