/**
 * The Markdown brief: title, chronological timeline with its supporting quotes, passages grouped
 * by tag, the analyst's notes, and a footnote for every quoted document. Pure: takes the data,
 * returns the text, so the CLI, the desktop shell and the web host all export the same brief.
 */
import type { DocumentSummary, Passage, TagSummary, TimelineEvent } from '../../contract';
import { escapeInline, escapeLines } from './markdown-escape';

export interface BriefInput {
  title: string;
  generatedAt: Date;
  documents: readonly DocumentSummary[];
  events: readonly TimelineEvent[];
  tags: readonly { tag: TagSummary; passages: readonly Passage[] }[];
  passages: readonly Passage[];
}

export function renderBrief(input: BriefInput): string {
  const citations = new Citations(input.documents);
  const out: string[] = [];
  out.push(`# ${escapeInline(input.title) || 'Brief'}`, '');
  const taggedCount = new Set(input.tags.flatMap((t) => t.passages.map((p) => p.highlight.id))).size;
  out.push(
    `*Prepared ${input.generatedAt.toISOString().slice(0, 10)} with Dossier: ` +
      `${input.events.length} ${plural(input.events.length, 'event')}, ` +
      `${taggedCount} tagged ${plural(taggedCount, 'passage')}.*`,
    '',
  );

  out.push('## Timeline', '');
  if (input.events.length === 0) out.push('No events yet.', '');
  for (const event of input.events) {
    out.push(`### ${escapeInline(event.dateLabel)}: ${escapeInline(event.title)}`, '');
    if (event.description.trim()) out.push(...escapeLines(event.description.trim()), '');
    for (const passage of event.passages) out.push(...quote(passage, citations), '');
  }

  out.push('## Tagged passages', '');
  if (input.tags.length === 0) out.push('No tagged passages yet.', '');
  for (const { tag, passages } of input.tags) {
    if (passages.length === 0) continue;
    out.push(`### ${escapeInline(tag.name)}`, '');
    for (const passage of passages) out.push(...quote(passage, citations), '');
  }

  const noted = input.passages.filter((p) => p.highlight.note.trim().length > 0);
  out.push('## Notes', '');
  if (noted.length === 0) out.push('No notes yet.', '');
  for (const passage of noted) {
    out.push(...quote(passage, citations), '');
    out.push(...escapeLines(passage.highlight.note.trim()), '');
  }

  const sources = citations.footnotes();
  if (sources.length > 0) out.push('## Sources', '', ...sources.flatMap((f) => [f, '']));
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

function quote(passage: Passage, citations: Citations): string[] {
  const lines = escapeLines(passage.highlight.quote).map((l) => (l ? `> ${l}` : '>'));
  const last = lines.length - 1;
  lines[last] = `${lines[last] ?? '>'} [^${citations.cite(passage.highlight.documentId)}]`;
  return lines;
}

/** Numbers documents in order of first citation; one footnote per document. */
class Citations {
  private readonly numbers = new Map<string, number>();
  private readonly byId: Map<string, DocumentSummary>;

  constructor(documents: readonly DocumentSummary[]) {
    this.byId = new Map(documents.map((d) => [d.id, d]));
  }

  cite(documentId: string): number {
    let n = this.numbers.get(documentId);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(documentId, n);
    }
    return n;
  }

  /**
   * `[^n]: Source: *Title*, …`: the word before the title keeps a strict CommonMark parser from
   * reading the line as a link reference definition; GFM renderers show it as a footnote.
   */
  footnotes(): string[] {
    return [...this.numbers].map(([id, n]) => {
      const doc = this.byId.get(id);
      if (!doc) return `[^${n}]: Source: a document no longer in the library.`;
      const parts = [`*${escapeInline(doc.title)}*`];
      parts.push(doc.source ? escapeInline(doc.source) : 'source unknown');
      parts.push(doc.publishedDate ? escapeInline(doc.publishedDate) : 'date unknown');
      parts.push(`file ${escapeInline(doc.fileName)}`);
      return `[^${n}]: Source: ${parts.join(', ')}.`;
    });
  }
}

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);
