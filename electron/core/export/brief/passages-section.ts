/**
 * The passages section, grouped as the analyst chose: by tag (codebook order, each passage in full
 * under its first tag and cited under the others), by source document, or in date order (what the
 * timeline did not already show).
 */
import type { RootContent } from 'mdast';
import type { DocumentSummary, Passage, TagSummary } from '../../../contract';
import { ancestors, flattenTree } from '../../codebook/tree';
import { compareCodes, compareTitles, type BriefStructure } from './brief-spec';
import type { Citations } from './citations';
import { citeParagraph } from './passage-nodes';
import { heading, note } from './sections';
import { placePassages } from './timeline-section';

const TITLES: Record<BriefStructure, string> = {
  tag: 'Passages by tag',
  source: 'Passages by source',
  chronological: 'Passages in date order',
};

export function passagesSection(
  structure: BriefStructure,
  passages: readonly Passage[],
  tags: readonly TagSummary[],
  citations: Citations,
): RootContent[] {
  const out: RootContent[] = [heading(2, TITLES[structure])];
  if (passages.length === 0) return [...out, note('No passages in this scope.')];
  const sorted = byDate(passages, citations);
  if (structure === 'tag') return [...out, ...byTag(sorted, tags, citations)];
  if (structure === 'source') return [...out, ...bySource(sorted, citations)];
  const { blocks } = placePassages(sorted, citations, true);
  return [
    ...out,
    ...(blocks.length > 0 ? blocks : [note('Every passage in this scope appears under its event above.')]),
  ];
}

function byTag(passages: readonly Passage[], tags: readonly TagSummary[], citations: Citations): RootContent[] {
  const out: RootContent[] = [];
  const byName = new Map(tags.map((t) => [t.name, t]));
  const names = flattenTree(tags).map(({ tag }) => tag.name);
  const extra = [...new Set(passages.flatMap((p) => p.highlight.tags))]
    .filter((n) => !byName.has(n))
    .sort(compareTitles);
  for (const name of [...names, ...extra]) {
    const carrying = passages.filter((p) => p.highlight.tags.includes(name));
    if (carrying.length === 0) continue;
    const tag = byName.get(name);
    const path = tag
      ? [
          ...ancestors(tags, tag.id)
            .reverse()
            .map((id) => nameOf(tags, id)),
          name,
        ]
      : [name];
    out.push(heading(3, path.join(' › ')));
    const { blocks, cited } = placePassages(carrying, citations, true);
    out.push(...blocks);
    if (cited.length > 0)
      out.push(citeParagraph(blocks.length > 0 ? 'Also under this tag:' : 'Cited above:', cited, citations));
  }
  const untagged = passages.filter((p) => p.highlight.tags.length === 0);
  if (untagged.length > 0) {
    out.push(heading(3, 'Untagged'));
    const { blocks, cited } = placePassages(untagged, citations, true);
    out.push(...blocks);
    if (cited.length > 0) out.push(citeParagraph('Cited above:', cited, citations));
  }
  return out;
}

function bySource(passages: readonly Passage[], citations: Citations): RootContent[] {
  const out: RootContent[] = [];
  const groups = new Map<string, Passage[]>();
  for (const p of passages) groups.set(p.highlight.documentId, [...(groups.get(p.highlight.documentId) ?? []), p]);
  for (const [documentId, group] of groups) {
    const doc = citations.document(documentId);
    const first = group[0] as Passage;
    const title = doc?.title || first.documentTitle || 'Untitled document';
    const described = [doc?.source, doc?.publishedDate].filter((s): s is string => Boolean(s));
    out.push(heading(3, described.length > 0 ? `${title} (${described.join(', ')})` : title));
    const { blocks, cited } = placePassages(
      [...group].sort((a, b) => a.highlight.start - b.highlight.start),
      citations,
      true,
    );
    out.push(...blocks);
    if (cited.length > 0) out.push(citeParagraph('Cited above:', cited, citations));
  }
  return out;
}

/** By the document's published date (unknown last), then document title, then place in the document. */
function byDate(passages: readonly Passage[], citations: Citations): Passage[] {
  const doc = (p: Passage): DocumentSummary | undefined => citations.document(p.highlight.documentId);
  const date = (p: Passage) => doc(p)?.publishedDate ?? '9999';
  const title = (p: Passage) => doc(p)?.title ?? p.documentTitle;
  return [...passages].sort(
    (a, b) =>
      compareCodes(date(a), date(b)) ||
      compareTitles(title(a), title(b)) ||
      compareCodes(a.highlight.documentId, b.highlight.documentId) ||
      a.highlight.start - b.highlight.start ||
      compareCodes(a.highlight.id, b.highlight.id),
  );
}

const nameOf = (tags: readonly TagSummary[], id: string) => tags.find((t) => t.id === id)?.name ?? '?';
