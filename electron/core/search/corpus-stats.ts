/**
 * What lunr's scoring knows of a corpus: how many documents it holds, how long each field is on
 * average, and how many documents hold a term. An index built alone (a delta document's) scores
 * against these summed over the library's other indexes, so a new document ranks as it will once
 * it is in a shard, instead of every word looking common in a corpus of one.
 */

export interface IndexStats {
  /** lunr documents (segments) in the index. */
  documentCount: number;
  /** Each field's average length over them, as lunr measured it. */
  averageFieldLength: Readonly<Record<string, number>>;
  /** How many of them hold the term, counted per field as lunr's idf counts. */
  documentsWith(term: string): number;
}

export function combineStats(parts: readonly IndexStats[]): IndexStats {
  if (parts.length === 1) return parts[0] as IndexStats;
  const documentCount = parts.reduce((n, p) => n + p.documentCount, 0);
  const averageFieldLength: Record<string, number> = {};
  const fields = new Set(parts.flatMap((p) => Object.keys(p.averageFieldLength)));
  for (const field of fields) {
    let weighted = 0;
    let count = 0;
    for (const part of parts) {
      const average = part.averageFieldLength[field];
      if (average === undefined || !Number.isFinite(average)) continue;
      weighted += average * part.documentCount;
      count += part.documentCount;
    }
    if (count > 0) averageFieldLength[field] = weighted / count;
  }
  return {
    documentCount,
    averageFieldLength,
    documentsWith: (term) => parts.reduce((n, p) => n + p.documentsWith(term), 0),
  };
}

/** lunr's count for idf: a document is counted once for each field that holds the term. */
export function postingCount(posting: Readonly<Record<string, unknown>> | undefined): number {
  let count = 0;
  for (const field in posting) {
    if (field !== '_index') count += Object.keys(posting[field] as object).length;
  }
  return count;
}
