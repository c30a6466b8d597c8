/**
 * The guarded zip reader on honest archives (fflate's and JSZip's, stored and deflated, folders,
 * empty entries) and on hostile or damaged ones, each refused with a typed problem before anything
 * is inflated, or while inflating when a header lies. Formats word these problems themselves: see
 * bundle/hostile-bundle.test.ts and qdpx/read-qdpx.test.ts for their messages.
 */
import { strToU8, zipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { inflateEntry, readDirectory, type ZipLimits } from './guarded-zip';
import { centralRecords, patchCentral, patchEnd } from './test-zips';
import { ZipProblem } from './zip-problem';

const MiB = 1024 * 1024;
const LIMITS: ZipLimits = {
  maxEntries: 100,
  maxEntryBytes: 16 * MiB,
  maxTotalBytes: 32 * MiB,
  maxRatio: 100,
  ratioFloorBytes: MiB,
};

const text = 'Kenyan police arrived in Port-au-Prince. 👮🏿 مرحبا\n'.repeat(50);
const honest = () => zipSync({ 'a.txt': strToU8(text), 'b/c.txt': strToU8('short'), 'empty.txt': new Uint8Array(0) });

/** Everything the archive holds, read through the guard. */
function readAll(zip: Uint8Array, limits: Partial<ZipLimits> = {}): Record<string, string> {
  const entries = readDirectory(zip, { ...LIMITS, ...limits });
  return Object.fromEntries(entries.map((e) => [e.name, new TextDecoder().decode(inflateEntry(zip, e))]));
}

function problem(zip: Uint8Array, limits: Partial<ZipLimits> = {}) {
  try {
    readAll(zip, limits);
  } catch (error) {
    if (!(error instanceof ZipProblem)) throw error;
    return { kind: error.kind, reason: error.reason, message: error.message, details: error.details };
  }
  throw new Error('the archive was read');
}

/** The zip with the name bytes of one central directory record replaced (same length). */
function renamed(zip: Uint8Array, name: string, bytes: Uint8Array): Uint8Array {
  const copy = zip.slice();
  copy.set(bytes, (centralRecords(zip).get(name) ?? 0) + 46);
  return copy;
}

describe('readDirectory and inflateEntry read honest archives', () => {
  it('deflated and stored entries as fflate writes them, empty ones too', () => {
    const expected = { 'a.txt': text, 'b/c.txt': 'short', 'empty.txt': '' };
    expect(readAll(honest())).toEqual(expected);
    const stored = zipSync(
      { 'a.txt': strToU8(text), 'b/c.txt': strToU8('short'), 'empty.txt': new Uint8Array(0) },
      {
        level: 0,
      },
    );
    expect(readDirectory(stored, LIMITS).map((e) => e.method)).toEqual([0, 0, 0]);
    expect(readAll(stored)).toEqual(expected);
  });

  it('what JSZip writes, folder entries included', async () => {
    const zip = new JSZip();
    zip.file('sources/one.txt', text);
    zip.file('project.qde', '<Project/>');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(readAll(bytes)).toEqual({ 'sources/': '', 'sources/one.txt': text, 'project.qde': '<Project/>' });
  });
});

describe('readDirectory refuses before inflating', () => {
  it('what is not a zip', () => {
    for (const bytes of [strToU8('just some text'), new Uint8Array(0), strToU8('PK\u0003\u0004 and nothing else')]) {
      expect(problem(bytes)).toEqual({
        kind: 'not_zip',
        reason: 'not_zip',
        message: 'it is not a zip archive',
        details: {},
      });
    }
  });

  it.each([
    '../evil.sh',
    'a/../../evil',
    '/etc/cron.d/evil',
    'C:/evil.dll',
    'a\\..\\evil',
    'a/./b',
    'a//b',
    'a\u0001b',
  ])('a name that leaves the folder (zip-slip): %j', (name) => {
    expect(problem(zipSync({ 'ok.txt': strToU8('x'), [name]: strToU8('x') }))).toMatchObject({
      kind: 'unsafe_path',
      reason: 'leaves_folder',
      details: { entry: name },
    });
  });

  it('a name that is not UTF-8, cut short in messages when long', () => {
    expect(problem(renamed(honest(), 'a.txt', new Uint8Array([0xff])))).toMatchObject({
      kind: 'unsafe_path',
      reason: 'name_not_utf8',
    });
    const long = `${'../'.repeat(50)}evil`;
    expect(problem(zipSync({ [long]: strToU8('x') })).message).toBe(
      `entry “${long.slice(0, 80)}…” points outside its folder`,
    );
  });

  it('two entries under one name', () => {
    const zip = zipSync({ 'a.txt': strToU8('1'), 'b.txt': strToU8('2') });
    expect(problem(renamed(zip, 'b.txt', strToU8('a.txt')))).toEqual({
      kind: 'damaged',
      reason: 'duplicate_entry',
      message: 'the entry “a.txt” appears twice',
      details: { entry: 'a.txt' },
    });
  });

  it('encryption, unknown methods, stored entries declaring two sizes', () => {
    expect(problem(patchCentral(honest(), 'a.txt', 'flags', 1))).toMatchObject({
      kind: 'damaged',
      reason: 'encrypted',
      message: 'entry “a.txt” is encrypted',
    });
    expect(problem(patchCentral(honest(), 'a.txt', 'method', 12)).message).toBe(
      'entry “a.txt” uses compression method 12',
    );
    const stored = zipSync({ 'a.txt': strToU8(text) }, { level: 0 });
    expect(problem(patchCentral(stored, 'a.txt', 'compressedSize', 10)).reason).toBe('stored_sizes');
  });

  it('split, zip64 and directories or local headers that are not where they are said to be', () => {
    expect(problem(patchEnd(honest(), 'disk', 1)).reason).toBe('multi_disk');
    expect(problem(patchEnd(honest(), 'directoryStart', 0xffffffff)).reason).toBe('zip64');
    expect(problem(patchEnd(honest(), 'directoryStart', 0x7fffffff)).reason).toBe('directory_overrun');
    expect(problem(patchEnd(honest(), 'directoryStart', 0)).reason).toBe('directory_cut_short');
    expect(problem(patchCentral(honest(), 'b/c.txt', 'localOffset', 3))).toMatchObject({
      kind: 'damaged',
      reason: 'no_local_header',
      details: { entry: 'b/c.txt' },
    });
  });

  it('too many entries, an entry or all of them declaring too much, a ratio only a bomb has', () => {
    expect(problem(honest(), { maxEntries: 2 })).toMatchObject({
      kind: 'too_large',
      reason: 'too_many_entries',
      details: { size: 3, limit: 2 },
    });
    expect(problem(honest(), { maxEntryBytes: 1000 })).toMatchObject({
      kind: 'too_large',
      reason: 'entry_too_large',
      message: `entry “a.txt” declares ${strToU8(text).length} bytes (at most 1000 per entry)`,
      details: { entry: 'a.txt', size: strToU8(text).length, limit: 1000 },
    });
    expect(problem(honest(), { maxTotalBytes: strToU8(text).length + 2 })).toMatchObject({
      reason: 'total_too_large',
      details: { limit: strToU8(text).length + 2 },
    });
    const bomb = zipSync({ 'bomb.txt': new Uint8Array(4 * MiB) });
    expect(bomb.length).toBeLessThan(10_000);
    expect(problem(bomb)).toMatchObject({
      kind: 'too_large',
      reason: 'ratio',
      message: 'entry “bomb.txt” would inflate more than 100 times',
      details: { entry: 'bomb.txt', size: 4 * MiB },
    });
    // Below the floor a high ratio is only a text that compresses well.
    expect(readAll(zipSync({ 'spaces.txt': strToU8(' '.repeat(100_000)) }))['spaces.txt']).toHaveLength(100_000);
  });

  it('entries sharing compressed bytes (overlapping files)', () => {
    const zip = honest();
    const shared = new DataView(zip.buffer).getUint32((centralRecords(zip).get('a.txt') ?? 0) + 42, true);
    expect(problem(patchCentral(zip, 'b/c.txt', 'localOffset', shared))).toMatchObject({
      kind: 'too_large',
      reason: 'overlap',
    });
  });
});

describe('inflateEntry stops where a header lies', () => {
  it('an entry inflating past the size it declares, before it is all inflated', () => {
    const big = zipSync({ 'big.txt': new Uint8Array(MiB).fill(65) });
    const entry = readDirectory(big, LIMITS)[0];
    if (!entry) throw new Error('no entry');
    // The whole entry is 1 MiB: stopped at the first chunk past 100 bytes, not after inflating it all.
    expect(() => inflateEntry(big, { ...entry, size: 100 })).toThrow(ZipProblem);
    expect(problem(patchCentral(big, 'big.txt', 'size', 100))).toMatchObject({
      kind: 'too_large',
      reason: 'inflates_past_size',
      details: { entry: 'big.txt', limit: 100 },
      message: 'entry “big.txt” inflates to more than the 100 bytes it declares',
    });
  });

  it('an entry shorter than it declares, or that does not inflate', () => {
    const zip = honest();
    expect(problem(patchCentral(zip, 'a.txt', 'size', strToU8(text).length + 1))).toMatchObject({
      kind: 'damaged',
      reason: 'shorter_than_declared',
    });
    const [entry] = readDirectory(zip, LIMITS);
    if (!entry) throw new Error('no entry');
    const broken = zip.slice();
    broken.fill(0xff, entry.dataStart, entry.dataStart + 4);
    expect(problem(broken)).toMatchObject({ kind: 'damaged', reason: 'not_inflating', details: { entry: 'a.txt' } });
  });
});
