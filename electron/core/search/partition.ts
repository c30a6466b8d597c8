/** How the library is split between search workers: by a hash of the document id, the same on every start. */

/** Which documents an index holds. */
export interface Partition {
  index: number;
  count: number;
}

export function partitionOf(docId: string, count: number): number {
  let hash = 0;
  for (let i = 0; i < docId.length; i++) hash = (hash * 31 + docId.charCodeAt(i)) >>> 0;
  return hash % count;
}
