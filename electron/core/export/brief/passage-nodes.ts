/**
 * A passage as the brief shows it: once in full (its quote verbatim as a block quote, the note right
 * under it, then where it comes from and its grade), and everywhere else only as a footnote reference.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Passage } from '../../../contract';
import { emphasis, strong, text } from './analyst-markdown';
import { DELETED_TEXT, flagText, type Citations } from './citations';
import { gradeBadge, passageGrade } from './scope';

export function fullPassage(passage: Passage, citations: Citations): RootContent[] {
  const h = passage.highlight;
  const doc = citations.document(h.documentId);
  const out: RootContent[] = [{ type: 'blockquote', children: [{ type: 'paragraph', children: [text(h.quote)] }] }];
  const note = h.note.trim();
  if (note) out.push({ type: 'paragraph', children: [strong('Note:'), text(` ${note}`)] });
  const facts = [doc?.publishedDate ?? 'date unknown', gradeBadge(passageGrade(passage, doc))];
  if (h.tags.length > 0) facts.push(`tags: ${h.tags.join(', ')}`);
  out.push({
    type: 'paragraph',
    children: [
      text('— '),
      emphasis(doc?.title || passage.documentTitle || 'Untitled document'),
      text(`, ${facts.join(' · ')}`),
      citations.ref(h.id),
    ],
  });
  const flag = citations.flagOf(passage);
  if (flag) out.push({ type: 'paragraph', children: [strong(`${flagText(flag)}.`)] });
  return out;
}

/** "Lead: [^a] [^b]" for passages shown in full elsewhere. */
export function citeParagraph(lead: string, highlightIds: readonly string[], citations: Citations): Paragraph {
  return { type: 'paragraph', children: [text(`${lead} `), ...refs(highlightIds, citations)] };
}

export function refs(highlightIds: readonly string[], citations: Citations): PhrasingContent[] {
  return highlightIds.flatMap((id, i) => (i === 0 ? [citations.ref(id)] : [text(' '), citations.ref(id)]));
}

/**
 * A warning for each cited passage that needs review, was taken from a document since replaced, lost
 * its document or was deleted, so a judgment or an event resting on it is seen to need another look
 * (ICD 206: judgments affected when a source is modified or withdrawn).
 */
export function impactParagraphs(highlightIds: readonly string[], citations: Citations): Paragraph[] {
  const out: Paragraph[] = [];
  let deleted = 0;
  for (const id of highlightIds) {
    const passage = citations.passage(id);
    if (!passage) {
      deleted++;
      continue;
    }
    const flag = citations.flagOf(passage);
    if (flag) out.push({ type: 'paragraph', children: [strong(flagText(flag)), citations.ref(id)] });
  }
  if (deleted > 0) {
    const count = deleted === 1 ? '' : ` (${deleted} passages)`;
    out.push({ type: 'paragraph', children: [strong(`${DELETED_TEXT}${count}.`)] });
  }
  return out;
}
