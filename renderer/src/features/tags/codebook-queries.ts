/**
 * What the Tags view reads from the core: the code × document matrix, co-occurrence of tags on one
 * passage, and the passage lists behind a cell, a pair or "A and not B", all under one grade threshold.
 */
import { useEffect, useState } from 'react';
import type { DocumentId, GradeThreshold, MethodOutput, Passage, TagId } from '../../../../electron/contract';
import { call } from '../../store/api';
import { useAppStore } from '../../store/app-store';

export type Matrix = MethodOutput<'tags.matrix'>;
export type Pairs = MethodOutput<'tags.cooccurrence'>;

/** A list of passages the view was asked for, with the words that say which. */
export interface PassageQuery {
  title: string;
  id: TagId;
  documentId?: DocumentId;
  with?: TagId;
  without?: TagId;
  exact?: boolean;
}

const thresholdInput = (threshold: GradeThreshold) =>
  threshold.reliability || threshold.credibility ? { threshold } : {};

export async function fetchPassages(query: PassageQuery, threshold: GradeThreshold): Promise<Passage[] | null> {
  return call('tags.passages', {
    id: query.id,
    ...(query.documentId ? { documentId: query.documentId } : {}),
    ...(query.with ? { with: query.with } : {}),
    ...(query.without ? { without: query.without } : {}),
    ...(query.exact ? { exact: true } : {}),
    ...thresholdInput(threshold),
  });
}

/**
 * The matrix and the co-occurrence pairs, fetched again whenever the threshold changes or the
 * store's tags or documents are reloaded (which the app does after every change to them).
 */
export function useCodebookViews(threshold: GradeThreshold): { matrix: Matrix | null; pairs: Pairs | null } {
  const tags = useAppStore((s) => s.tags);
  const documents = useAppStore((s) => s.documents);
  const [matrix, setMatrix] = useState<Matrix | null>(null);
  const [pairs, setPairs] = useState<Pairs | null>(null);
  const { reliability, credibility } = threshold;
  useEffect(() => {
    let current = true;
    const input = thresholdInput({ reliability, credibility });
    void Promise.all([call('tags.matrix', input), call('tags.cooccurrence', input)]).then(([m, p]) => {
      if (!current) return;
      setMatrix(m);
      setPairs(p);
    });
    return () => {
      current = false;
    };
  }, [tags, documents, reliability, credibility]);
  return { matrix, pairs };
}

/** The passages of a query, refetched with the threshold and after changes to tags. */
export function usePassages(query: PassageQuery | null, threshold: GradeThreshold): Passage[] | null {
  const tags = useAppStore((s) => s.tags);
  const { reliability, credibility } = threshold;
  const key = query ? `${JSON.stringify(query)} ${reliability ?? ''}${credibility ?? ''}` : null;
  // Kept with the question they answer, so a new question shows "loading" rather than the last answer.
  const [answer, setAnswer] = useState<{ key: string; passages: Passage[] } | null>(null);
  useEffect(() => {
    if (!query || !key) return;
    let current = true;
    void fetchPassages(query, { reliability, credibility }).then((found) => {
      if (current) setAnswer({ key, passages: found ?? [] });
    });
    return () => {
      current = false;
    };
  }, [query, key, tags, reliability, credibility]);
  return answer && answer.key === key ? answer.passages : null;
}
