/**
 * Hostile and damaged bundles are refused with a message saying what was wrong and what to do,
 * one test per case: not a zip, no or a bad manifest, another format, a newer format, paths
 * escaping the folder, unexpected entries, zip bombs (declared and lying sizes), checksums. Rows
 * and references are in bad-rows.test.ts. The reader writes nothing, so a refusal changes nothing
 * by construction.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readBundle, writeBundle } from './index';
import { centralRecords, patchCentral } from '../zip/test-zips';
import { packBundle, smallSnapshot } from './test-bundles';

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
        'Nothing was inflated or imported; if you trust where it came from, ask for the project in smaller parts.',
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
        'it declares. Nothing was inflated or imported; if you trust where it came from, ask for the project in smaller parts.',
    });
  });

  it('entries sharing compressed bytes (overlapping files)', () => {
    const zip = valid();
    const first = centralRecords(zip).get('data/projects.json') ?? 0;
    const sharedOffset = new DataView(zip.buffer).getUint32(first + 42, true);
    expect(refusal(patchCentral(zip, 'data/tags.json', 'localOffset', sharedOffset)).message).toBe(
      'This bundle was refused as a possible zip bomb: entries overlap one another or the directory. ' +
        'Nothing was inflated or imported; if you trust where it came from, ask for the project in smaller parts.',
    );
  });

  it('a data file changed after the bundle was written', () => {
    const tags = smallSnapshot().tables.tags.map((tag) => ({ ...tag, name: `${tag.name}!` }));
    expect(refusal(edited({ 'data/tags.json': strToU8(JSON.stringify(tags)) }))).toEqual({
      code: 'checksum_mismatch',
      message: `This bundle was changed or damaged after it was written: data/tags.json does not match its checksum. ${AGAIN}`,
    });
  });

  it('a manifest whose counts or list disagree with the entries', () => {
    const manifest = manifestOf(valid());
    const counts = { ...(manifest.counts as Record<string, number>), documents: 5 };
    expect(refusal(withManifest({ counts }))).toEqual({
      code: 'damaged',
      message: `This bundle is damaged: its manifest counts 5 documents but it holds 1. ${AGAIN}`,
    });
    const files = { ...(manifest.files as object), 'files/d1/gone.pdf': { sha256: '0'.repeat(64), bytes: 1 } };
    expect(refusal(withManifest({ files })).message).toBe(
      `This bundle is damaged: files/d1/gone.pdf, listed in its manifest, is missing. ${AGAIN}`,
    );
  });

  it('shows a long hostile name cut short', () => {
    const name = `${'../'.repeat(200)}evil`;
    expect(refusal(edited({ [name]: strToU8('x') })).message).toBe(
      `This bundle was refused: its entry “${name.slice(0, 80)}…” points outside the bundle's folder, a sign of a ` +
        'malicious file. Nothing was extracted or imported; do not open it elsewhere either.',
    );
  });

  it('a bundle written by another zip tool (JSZip, with folder entries) when nothing else changed', async () => {
    const zip = new JSZip();
    for (const [name, bytes] of Object.entries(unzipSync(valid()))) zip.file(name, bytes);
    zip.folder('files');
    const result = readBundle(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(result.ok).toBe(true);
  });
});
