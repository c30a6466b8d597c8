/**
 * Hostile and damaged bundles are refused with a message saying what was wrong and what to do,
 * one test per case: not a zip, no or a bad manifest, another format, a newer format, paths
 * escaping the folder, unexpected entries, zip bombs (declared and lying sizes), checksums, rows
 * failing their schemas and references that do not hold. The reader writes nothing, so a refusal
 * changes nothing by construction.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readBundle, writeBundle } from './index';
import { centralRecords, packBundle, patchCentral, smallSnapshot } from './test-bundles';

const AGAIN = 'Export the project again from the Dossier it came from.';
const valid = () => writeBundle(smallSnapshot(), { appVersion: '0.1.0' });

function refusal(bytes: Uint8Array, limits = {}) {
  const result = readBundle(bytes, limits);
  if (result.ok) throw new Error('the bundle was accepted');
  return result.error;
}

/** The valid bundle with its entries changed: `undefined` removes one. */
function edited(changes: Record<string, Uint8Array | undefined>): Uint8Array {
  const entries: Record<string, Uint8Array> = unzipSync(valid());
  for (const [name, bytes] of Object.entries(changes)) {
    if (bytes) entries[name] = bytes;
    else delete entries[name];
  }
  return zipSync(entries);
}

const manifestOf = (bundle: Uint8Array) =>
  JSON.parse(new TextDecoder().decode(unzipSync(bundle)['manifest.json'])) as Record<string, unknown>;
const withManifest = (patch: Record<string, unknown>) =>
  edited({ 'manifest.json': strToU8(JSON.stringify({ ...manifestOf(valid()), ...patch })) });

describe('readBundle refuses', () => {
  it('a file that is not a zip', () => {
    expect(refusal(strToU8('just some text, not a zip at all'))).toEqual({
      code: 'not_zip',
      message: 'This file is not a Dossier bundle: it is not a zip archive. Choose a .dossier file.',
    });
    expect(refusal(new Uint8Array(0)).code).toBe('not_zip');
  });

  it('a zip without a manifest', () => {
    expect(refusal(edited({ 'manifest.json': undefined }))).toEqual({
      code: 'manifest_missing',
      message: `This zip is not a Dossier bundle: it has no manifest.json. ${AGAIN}`,
    });
  });

  it('a manifest that is not JSON, or lacks a field', () => {
    expect(refusal(edited({ 'manifest.json': strToU8('{ nope') }))).toEqual({
      code: 'manifest_invalid',
      message: `This bundle's manifest.json is not JSON. ${AGAIN}`,
    });
    expect(refusal(withManifest({ appVersion: undefined })).message).toBe(
      `This bundle's manifest.json has an invalid appVersion: Invalid input: expected string, received undefined. ${AGAIN}`,
    );
  });

  it('another format', () => {
    expect(refusal(withManifest({ format: 'refi-qda' }))).toEqual({
      code: 'wrong_format',
      message: 'This file is not a Dossier bundle: its manifest names the format "refi-qda", not “dossier-bundle”.',
    });
  });

  it('a newer format version, asking to update Dossier', () => {
    expect(refusal(withManifest({ formatVersion: 2, somethingNew: true }))).toEqual({
      code: 'newer_format',
      message:
        'This bundle was made by a newer Dossier (bundle format 2; this version reads format 1): update Dossier to open it.',
    });
  });

  it.each(['../evil.sh', '/etc/cron.d/evil', 'data\\..\\..\\evil.dll', 'C:/Windows/evil.dll', 'files/d1/../../evil'])(
    'an entry escaping the folder (zip-slip): %s',
    (name) => {
      expect(refusal(edited({ [name]: strToU8('x') }))).toEqual({
        code: 'unsafe_path',
        message:
          `This bundle was refused: its entry “${name}” points outside the bundle's folder, a sign of a malicious ` +
          'file. Nothing was extracted or imported; do not open it elsewhere either.',
      });
    },
  );

  it('an entry the format does not define, or the manifest does not list', () => {
    expect(refusal(edited({ 'notes.txt': strToU8('hello') }))).toEqual({
      code: 'unexpected_entry',
      message:
        'This bundle holds an entry the format does not define: “notes.txt”. It was refused so that nothing ' +
        'unexpected enters the library; export the project again from Dossier.',
    });
    expect(refusal(edited({ 'files/d1/a/b.txt': strToU8('x') })).code).toBe('unexpected_entry');
    expect(refusal(edited({ 'files/d1/extra.pdf': strToU8('x') }))).toEqual({
      code: 'unexpected_entry',
      message: `This bundle holds “files/d1/extra.pdf”, which its manifest does not list. ${AGAIN}`,
    });
  });

  it('a zip bomb by ratio, before inflating (2 MiB of zeros in a few KiB)', () => {
    const zeros = new Uint8Array(2 * 1024 * 1024);
    const bomb = packBundle(smallSnapshot().tables, { extra: { 'files/d1/bomb.txt': zeros } });
    expect(bomb.length).toBeLessThan(20_000);
    expect(refusal(bomb)).toEqual({
      code: 'too_large',
      message:
        'This bundle was refused as a possible zip bomb: entry “files/d1/bomb.txt” would inflate more than 100 times. ' +
        'Nothing was inflated or imported; if the bundle is genuine, ask for it to be exported without its original files.',
    });
  });

  it('a zip bomb by declared total, per entry and data sizes', () => {
    expect(refusal(valid(), { maxTotalBytes: 1000 }).message).toMatch(
      /^This bundle was refused as a possible zip bomb: its entries declare more than 1000 bytes in all\./,
    );
    expect(refusal(valid(), { maxEntryBytes: 500 }).message).toMatch(
      /zip bomb: entry “[a-z_/]+\.json” declares \d+ bytes \(at most 500 per entry\)/,
    );
    expect(refusal(valid(), { maxDataBytes: 1000 }).message).toBe(
      'This bundle was refused as a possible zip bomb: its data files declare more than 1000 bytes. Nothing was inflated or imported.',
    );
    expect(refusal(valid(), { maxEntries: 3 }).message).toMatch(/zip bomb: it holds 10 entries \(at most 3\)/);
  });

  it('an entry inflating past the size its header declares, stopped while inflating', () => {
    const big = strToU8(JSON.stringify(smallSnapshot().tables.documents).repeat(20));
    const lying = patchCentral(edited({ 'data/documents.json': big }), 'data/documents.json', 'size', 100);
    expect(refusal(lying)).toEqual({
      code: 'too_large',
      message:
        'This bundle was refused as a possible zip bomb: entry “data/documents.json” inflates to more than the 100 bytes ' +
        'it declares. Nothing was inflated or imported; if the bundle is genuine, ask for it to be exported without its original files.',
    });
  });

  it('entries sharing compressed bytes (overlapping files)', () => {
    const zip = valid();
    const first = centralRecords(zip).get('data/projects.json') ?? 0;
    const sharedOffset = new DataView(zip.buffer).getUint32(first + 42, true);
    expect(refusal(patchCentral(zip, 'data/tags.json', 'localOffset', sharedOffset)).message).toBe(
      'This bundle was refused as a possible zip bomb: entries overlap one another or the directory. ' +
        'Nothing was inflated or imported; if the bundle is genuine, ask for it to be exported without its original files.',
    );
  });

  it('a data file changed after the bundle was written', () => {
    const tags = smallSnapshot().tables.tags.map((tag) => ({ ...tag, name: `${tag.name}!` }));
    expect(refusal(edited({ 'data/tags.json': strToU8(JSON.stringify(tags)) }))).toEqual({
      code: 'checksum_mismatch',
      message: `This bundle was changed or damaged after it was written: data/tags.json does not match its checksum. ${AGAIN}`,
    });
  });

  it('a bundle written by another zip tool (JSZip, with folder entries) when nothing else changed', async () => {
    const zip = new JSZip();
    for (const [name, bytes] of Object.entries(unzipSync(valid()))) zip.file(name, bytes);
    zip.folder('files');
    const result = readBundle(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(result.ok).toBe(true);
  });
});

type Tables = ReturnType<typeof smallSnapshot>['tables'];
const withRows = (change: (tables: Tables) => Partial<Record<keyof Tables, unknown[]>>) => {
  const tables = smallSnapshot().tables;
  return refusal(packBundle({ ...tables, ...change(tables) }));
};
const invalid = (what: string) => ({
  code: 'invalid_row',
  message: `This bundle holds data Dossier cannot accept: ${what}. ${AGAIN}`,
});

describe('readBundle refuses rows failing their schemas', () => {
  it('a tag colour that is not #rrggbb', () => {
    expect(withRows((t) => ({ tags: [{ ...t.tags[0], color: 'red' }, t.tags[1]] }))).toEqual(
      invalid('tags row 1 (id "t1") has an invalid color: is not a colour written #rrggbb'),
    );
  });

  it('a highlight colour, status or credibility outside the contract', () => {
    const [h1, h2] = smallSnapshot().tables.highlights;
    expect(withRows(() => ({ highlights: [h1, { ...h2, color: 'orange' }] })).message).toBe(
      invalid(
        'highlights row 2 (id "h2") has an invalid color: Invalid option: expected one of "yellow"|"green"|"blue"|"pink"|"purple"',
      ).message,
    );
    expect(withRows(() => ({ highlights: [{ ...h1, credibility: 7 }, h2] })).message).toBe(
      invalid(
        'highlights row 1 (id "h1") has an invalid credibility: Information credibility is a digit from 1 (confirmed) to 6 (cannot be judged)',
      ).message,
    );
    expect(withRows(() => ({ highlights: [{ ...h1, status: 'lost' }, h2] })).code).toBe('invalid_row');
  });

  it('a document reliability, a block outside the text, a control character', () => {
    const [doc] = smallSnapshot().tables.documents;
    expect(withRows(() => ({ documents: [{ ...doc, reliability: 'G' }] })).message).toBe(
      invalid(
        'documents row 1 (id "d1") has an invalid reliability: Source reliability is a letter from A (completely reliable) to F (cannot be judged)',
      ).message,
    );
    const blocks = JSON.stringify([{ type: 'paragraph', start: 0, end: 9999 }]);
    expect(withRows(() => ({ documents: [{ ...doc, blocks_json: blocks }] })).message).toBe(
      invalid('documents row 1 (id "d1") has an invalid blocks_json: block 0 lies outside the text').message,
    );
    expect(withRows(() => ({ documents: [{ ...doc, title: 'Bell\u0007' }] })).message).toBe(
      invalid('documents row 1 (id "d1") has an invalid title: holds a line break or a control character').message,
    );
  });

  it('an event date that is not EDTF, or bounds that do not match it', () => {
    const [event] = smallSnapshot().tables.events;
    expect(withRows(() => ({ events: [{ ...event, date: 'next tuesday' }] })).message).toMatch(
      /^This bundle holds data Dossier cannot accept: events row 1 \(id "e1"\) has an invalid date: is not an EDTF date: /,
    );
    expect(withRows(() => ({ events: [{ ...event, latest: '2030-01-01' }] })).message).toBe(
      invalid('events row 1 (id "e1") has an invalid latest: does not match the date 2024-06-25').message,
    );
  });

  it('a column this version does not know, and a repeated key', () => {
    const [tag, other] = smallSnapshot().tables.tags;
    expect(withRows(() => ({ tags: [{ ...tag, weight: 3 }, other] })).message).toBe(
      invalid('tags row 1 (id "t1") has a field this version does not know: weight').message,
    );
    expect(withRows(() => ({ tags: [tag, { ...other, id: 't1' }] })).message).toBe(
      invalid('tags row 2 (id "t1") repeats the key of an earlier row').message,
    );
  });

  it('brief judgments that are not the contract’s judgments', () => {
    const [draft] = smallSnapshot().tables.brief_drafts;
    expect(withRows(() => ({ brief_drafts: [{ ...draft, judgments_json: '[{"id":"bad id!"}]' }] })).message).toBe(
      invalid(
        'brief_drafts row 1 (id "b1") has an invalid judgments_json: is not valid key judgments at 0.id: A judgment id is 1–64 letters, digits, _ or -',
      ).message,
    );
  });
});

const broken = (what: string) => ({
  code: 'broken_reference',
  message: `This bundle is inconsistent: ${what}. ${AGAIN}`,
});

describe('readBundle refuses references that do not hold', () => {
  it('a highlight whose document is not in the bundle', () => {
    const [h1, h2] = smallSnapshot().tables.highlights;
    expect(withRows(() => ({ highlights: [h1, { ...h2, document_id: 'd9' }] }))).toEqual(
      broken('highlight h2 belongs to document d9, which is not in the bundle'),
    );
  });

  it('a tag whose parent is missing', () => {
    const [t1, t2] = smallSnapshot().tables.tags;
    expect(withRows(() => ({ tags: [t1, { ...t2, parent_id: 't9' }] }))).toEqual(
      broken('tag t2 sits under tag t9, which is not in the bundle'),
    );
  });

  it('a loop in the tag tree', () => {
    const [t1, t2] = smallSnapshot().tables.tags;
    expect(withRows(() => ({ tags: [{ ...t1, parent_id: 't2' }, t2] }))).toEqual(
      broken('tag t1 sits under itself (the tag tree has a loop)'),
    );
  });

  it('an event linked to a missing highlight', () => {
    expect(
      withRows(() => ({
        event_highlights: [{ event_id: 'e1', highlight_id: 'h9', linked_at: '2025-01-01T00:00:00.000Z' }],
      })),
    ).toEqual(broken('event e1 links highlight h9, which is not in the bundle'));
  });

  it('a row of another project, a tag name twice, a link to a missing highlight', () => {
    const { tags, events } = smallSnapshot().tables;
    expect(withRows(() => ({ events: [{ ...events[0], project_id: 'p2' }] }))).toEqual(
      broken("events row e1 belongs to project p2, not to the bundle's project"),
    );
    expect(withRows(() => ({ tags: [tags[0], { ...tags[1], name: 'SECURITY' }] }))).toEqual(
      broken('tag t2 has the same name as another tag (“SECURITY”)'),
    );
    const link = { from_id: 'h1', to_id: 'h7', kind: 'contradicts', created_at: '2025-01-01T00:00:00.000Z' };
    expect(withRows(() => ({ highlight_links: [link] }))).toEqual(
      broken('a contradicts link names highlight h7, which is not in the bundle'),
    );
  });
});
