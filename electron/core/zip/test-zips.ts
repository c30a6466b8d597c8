/**
 * Test support for hostile zips: low-level edits of a zip's central directory and end record, for
 * headers that lie (sizes, offsets, flags, methods) in archives a zip library wrote honestly.
 */

/** Offsets of each central directory record, by entry name. */
export function centralRecords(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const records = new Map<string, number>();
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    records.set(new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)), at);
  }
  return records;
}

/** Where each field sits in a central directory record, and its width in bytes. */
const CENTRAL_FIELDS = {
  flags: [8, 2],
  method: [10, 2],
  compressedSize: [20, 4],
  size: [24, 4],
  localOffset: [42, 4],
} as const;

/** A copy of the zip whose directory says something else about an entry (a size, a local offset…). */
export function patchCentral(
  zip: Uint8Array,
  name: string,
  field: keyof typeof CENTRAL_FIELDS,
  value: number,
): Uint8Array {
  const copy = zip.slice();
  const at = centralRecords(copy).get(name);
  if (at === undefined) throw new Error(`no entry ${name}`);
  const [offset, width] = CENTRAL_FIELDS[field];
  const view = new DataView(copy.buffer);
  if (width === 2) view.setUint16(at + offset, value, true);
  else view.setUint32(at + offset, value, true);
  return copy;
}

/** The same for the end of central directory record: which disk it is on, where the directory starts. */
export function patchEnd(zip: Uint8Array, field: 'disk' | 'directoryStart', value: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  let at = copy.length - 22;
  while (at >= 0 && view.getUint32(at, true) !== 0x06054b50) at--;
  if (at < 0) throw new Error('no end record');
  if (field === 'disk') view.setUint16(at + 4, value, true);
  else view.setUint32(at + 16, value, true);
  return copy;
}
