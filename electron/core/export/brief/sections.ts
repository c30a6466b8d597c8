/**
 * The brief's sections written by or about the analyst: the summary, the key judgments with the
 * passages they rest on, and the list of sources. Timeline and passages live in their own modules.
 */
import type { Heading, ListItem, Paragraph, RootContent } from 'mdast';
import { RELIABILITY_WORDING } from '../../../contract';
import type { DocumentSummary } from '../../../contract';
import { analystBlocks, emphasis, safeUrl, text } from './analyst-markdown';
import { compareCodes, compareTitles, type BriefJudgment } from './brief-spec';
import type { Citations } from './citations';
import { impactParagraphs, refs } from './passage-nodes';

export const heading = (depth: 1 | 2 | 3 | 4, value: string): Heading => ({
  type: 'heading',
  depth,
  children: [text(value)],
});

export const note = (value: string): Paragraph => ({ type: 'paragraph', children: [emphasis(value)] });

export function summarySection(summary: string): RootContent[] {
  const blocks = analystBlocks(summary, 2);
  return [heading(2, 'Summary'), ...(blocks.length > 0 ? blocks : [note('No summary written.')])];
}

export function judgmentsSection(judgments: readonly BriefJudgment[], citations: Citations): RootContent[] {
  const items = judgments
    .filter((j) => j.text.trim().length > 0 || j.citations.length > 0)
    .map((j) => judgmentItem(j, citations));
  if (items.length === 0) return [heading(2, 'Key judgments'), note('No key judgments written.')];
  return [heading(2, 'Key judgments'), { type: 'list', ordered: true, start: 1, spread: false, children: items }];
}

function judgmentItem(judgment: BriefJudgment, citations: Citations): ListItem {
  const blocks = analystBlocks(judgment.text, 3);
  const cited = [...new Set(judgment.citations)].filter((id) => citations.passage(id) !== undefined);
  const last = blocks[blocks.length - 1];
  if (cited.length === 0) {
    blocks.push(note('No passage cited.'));
  } else if (last?.type === 'paragraph') {
    last.children.push(text(' '), ...refs(cited, citations));
  } else {
    blocks.push({ type: 'paragraph', children: [text('Sources: '), ...refs(cited, citations)] });
  }
  blocks.push(...impactParagraphs([...new Set(judgment.citations)], citations));
  return { type: 'listItem', spread: blocks.length > 1, children: blocks as ListItem['children'] };
}

/** Every document the brief cites, once, with its reliability: the brief's bibliography. */
export function sourcesSection(citedIds: readonly string[], citations: Citations): RootContent[] {
  const counts = new Map<string, number>();
  for (const id of citedIds) {
    const documentId = citations.passage(id)?.highlight.documentId;
    if (documentId && citations.document(documentId)) counts.set(documentId, (counts.get(documentId) ?? 0) + 1);
  }
  const documents = [...counts.keys()]
    .map((id) => citations.document(id) as DocumentSummary)
    .sort(
      (a, b) =>
        compareCodes(a.publishedDate ?? '9999', b.publishedDate ?? '9999') ||
        compareTitles(a.title, b.title) ||
        compareCodes(a.id, b.id),
    );
  if (documents.length === 0) return [heading(2, 'Sources'), note('No sources cited.')];
  const items: ListItem[] = documents.map((doc) => {
    const described = [doc.source ?? 'publisher unknown'];
    if (doc.author) described.push(`by ${doc.author}`);
    described.push(doc.publishedDate ? `published ${doc.publishedDate}` : 'publication date unknown');
    const url = safeUrl(doc.url);
    const count = counts.get(doc.id) ?? 0;
    const reliability = doc.reliability
      ? `Reliability ${doc.reliability} (${RELIABILITY_WORDING[doc.reliability].toLowerCase()})`
      : 'Reliability not graded';
    return {
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [
            emphasis(doc.title || 'Untitled document'),
            text(`, ${described.join(', ')}`),
            ...(url ? [text(', '), { type: 'link' as const, url, title: null, children: [text(url)] }] : []),
            text(`. Imported ${doc.importedAt.slice(0, 10)}. ${reliability}. `),
            text(`${count} ${count === 1 ? 'passage' : 'passages'} cited.`),
          ],
        },
      ],
    };
  });
  return [heading(2, 'Sources'), { type: 'list', ordered: false, spread: false, children: items }];
}
