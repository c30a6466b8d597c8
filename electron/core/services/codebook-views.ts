/** Read-only views of the codebook: passages by tag, the code × document matrix, co-occurrence. */
import { meetsThreshold, type GradeThreshold, type MethodInput, type MethodOutput, type Passage } from '../../contract';
import { subtree } from '../codebook/tree';
import { DossierFailure } from '../errors';
import type { CodingRow } from '../repos/tags-repo';
import type { Context } from './context';

function passesGrade(coding: CodingRow, threshold: GradeThreshold | undefined): boolean {
  if (!threshold || (!threshold.reliability && !threshold.credibility)) return true;
  return meetsThreshold(
    {
      reliability: coding.reliability as Passage['highlight']['reliability'],
      credibility: coding.credibility,
    },
    threshold,
  );
}

function knownTag(ctx: Context, id: string, role: string): void {
  if (!ctx.repos.tags.row(id)) throw new DossierFailure('not_found', `${role} is no longer in the codebook.`);
}

/** Passages carrying a tag (with its sub-tags unless `exact`), narrowed as the input asks; document order. */
export function tagPassages(ctx: Context, input: MethodInput<'tags.passages'>): Passage[] {
  knownTag(ctx, input.id, 'That tag');
  if (input.with) knownTag(ctx, input.with, 'The second tag');
  if (input.without) knownTag(ctx, input.without, 'The tag to leave out');
  const tags = ctx.repos.tags.rows(ctx.projectId);
  const codings = ctx.repos.tags.codings(ctx.projectId);
  const carrying = (id: string, exact: boolean) => {
    const ids = exact ? new Set([id]) : subtree(tags, id);
    return new Set(codings.filter((c) => ids.has(c.tagId)).map((c) => c.highlightId));
  };
  const wanted = carrying(input.id, input.exact ?? false);
  const also = input.with ? carrying(input.with, input.exact ?? false) : null;
  const not = input.without ? carrying(input.without, input.exact ?? false) : null;
  const kept = new Set(
    codings
      .filter(
        (c) =>
          wanted.has(c.highlightId) &&
          (!also || also.has(c.highlightId)) &&
          (!not || !not.has(c.highlightId)) &&
          (!input.documentId || c.documentId === input.documentId) &&
          passesGrade(c, input.threshold),
      )
      .map((c) => c.highlightId),
  );
  return ctx.repos.highlights.all(ctx.projectId).filter((p) => kept.has(p.highlight.id));
}

/** For every tag and document that meet: passages with the tag itself, and with it or a sub-tag. */
export function codebookMatrix(ctx: Context, input: MethodInput<'tags.matrix'>): MethodOutput<'tags.matrix'> {
  const tags = ctx.repos.tags.rows(ctx.projectId);
  const codings = ctx.repos.tags.codings(ctx.projectId).filter((c) => passesGrade(c, input.threshold));
  const cells: MethodOutput<'tags.matrix'>['cells'] = [];
  for (const tag of tags) {
    const inside = subtree(tags, tag.id);
    const own = new Map<string, Set<string>>();
    const total = new Map<string, Set<string>>();
    for (const c of codings) {
      if (!inside.has(c.tagId)) continue;
      add(total, c.documentId, c.highlightId);
      if (c.tagId === tag.id) add(own, c.documentId, c.highlightId);
    }
    for (const [documentId, set] of total) {
      cells.push({
        tagId: tag.id as MethodOutput<'tags.matrix'>['cells'][number]['tagId'],
        documentId: documentId as MethodOutput<'tags.matrix'>['cells'][number]['documentId'],
        count: own.get(documentId)?.size ?? 0,
        totalCount: set.size,
      });
    }
  }
  const documents = ctx.repos.documents.list(ctx.projectId).map((d) => ({ id: d.id, title: d.title }));
  return { documents, cells };
}

/** Pairs of tags found on the same passage, with how many passages carry both. */
export function cooccurrence(ctx: Context, input: MethodInput<'tags.cooccurrence'>): MethodOutput<'tags.cooccurrence'> {
  const byHighlight = new Map<string, Set<string>>();
  for (const c of ctx.repos.tags.codings(ctx.projectId)) {
    if (passesGrade(c, input.threshold)) add(byHighlight, c.highlightId, c.tagId);
  }
  const pairs = new Map<string, number>();
  for (const tagIds of byHighlight.values()) {
    const sorted = [...tagIds].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const key = `${sorted[i]}\u0000${sorted[j]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  return [...pairs].map(([key, count]) => {
    const [a, b] = key.split('\u0000');
    return { a, b, count } as MethodOutput<'tags.cooccurrence'>[number];
  });
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}
