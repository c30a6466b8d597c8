/**
 * One footnote per passage, in the manner of a source reference citation (ICD 206): what the source
 * is, who published it, when it was published and collected, where in it the passage is, how it is
 * graded, and a deep link back to the exact passage. Labels derive from the highlight id alone, so an
 * unchanged project exports the same labels every time, whatever else the brief holds.
 */
import type { FootnoteDefinition, FootnoteReference, PhrasingContent } from 'mdast';
import { gradeWording } from '../../../contract';
import type { DocumentSummary, Passage } from '../../../contract';
import { emphasis, safeUrl, text } from './analyst-markdown';
import { passageLink } from './brief-spec';
import { passageGrade } from './scope';

/**
 * Why a cited passage may no longer say what the brief quotes. A passage gets the most serious that
 * applies: its document gone, then not found again in a new version, then taken from an older version.
 */
export type PassageFlag =
  | { kind: 'missing-document' }
  | { kind: 'needs-review' }
  /** `on`: the ISO day the document was last replaced. */
  | { kind: 'replaced'; on: string };

/** The warning for a flag, the same in the footnote, under the quote, and under each judgment or event. */
export function flagText(flag: PassageFlag): string {
  switch (flag.kind) {
    case 'missing-document':
      return '⚠ the cited passage’s document is no longer in the project';
    case 'needs-review':
      return '⚠ the cited passage needs review: it was not found again when its document was replaced';
    case 'replaced':
      return `⚠ the cited document was replaced by a new version on ${flag.on}, after this passage was taken: check the quote`;
  }
}

export const DELETED_TEXT = '⚠ a cited passage was deleted from the project';

/** FNV-1a, 32 bits: short, stable, and the same on every platform (no crypto module needed). */
function fnv1a(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export class Citations {
  private readonly labels = new Map<string, string>();
  private readonly taken = new Map<string, string>();
  private readonly order: string[] = [];
  private readonly ordered = new Set<string>();
  private readonly full = new Set<string>();
  private readonly documents: Map<string, DocumentSummary>;

  constructor(
    private readonly known: ReadonlyMap<string, Passage>,
    documents: readonly DocumentSummary[],
    /** When each replaced document was last replaced (ISO time), by document id. */
    private readonly replacedAt: ReadonlyMap<string, string>,
    private readonly pageOf: (highlightId: string) => number | null,
  ) {
    this.documents = new Map(documents.map((d) => [d.id as string, d]));
  }

  passage(highlightId: string): Passage | undefined {
    return this.known.get(highlightId);
  }

  document(documentId: string): DocumentSummary | undefined {
    return this.documents.get(documentId);
  }

  /** The footnote label of a passage: "p" and a hash of its id, lengthened only on a clash. */
  label(highlightId: string): string {
    const existing = this.labels.get(highlightId);
    if (existing) return existing;
    let label = `p${fnv1a(highlightId)}`;
    for (let n = 2; this.taken.has(label); n++) label = `p${fnv1a(highlightId)}-${n}`;
    this.labels.set(highlightId, label);
    this.taken.set(label, highlightId);
    return label;
  }

  /** A reference to the passage's footnote; the first reference decides the footnote's place. */
  ref(highlightId: string): FootnoteReference {
    if (!this.ordered.has(highlightId)) {
      this.ordered.add(highlightId);
      this.order.push(highlightId);
    }
    const label = this.label(highlightId);
    return { type: 'footnoteReference', identifier: label, label };
  }

  /** Highlight ids of the cited passages, in the order first cited. */
  cited(): string[] {
    return this.order.filter((id) => this.known.has(id));
  }

  /** Claims the passage's one appearance in full; false when it already has one. */
  claimFull(highlightId: string): boolean {
    if (this.full.has(highlightId)) return false;
    this.full.add(highlightId);
    return true;
  }

  flagOf(passage: Passage): PassageFlag | null {
    const h = passage.highlight;
    if (!this.documents.has(h.documentId)) return { kind: 'missing-document' };
    if (h.status === 'needs_review') return { kind: 'needs-review' };
    // Both are ISO times from the same clock, so they order as strings.
    const replaced = this.replacedAt.get(h.documentId);
    if (replaced !== undefined && h.createdAt < replaced) return { kind: 'replaced', on: replaced.slice(0, 10) };
    return null;
  }

  /** Footnote definitions of every cited passage, in the order first cited. */
  definitions(): FootnoteDefinition[] {
    return this.order.flatMap((id) => {
      const passage = this.known.get(id);
      if (!passage) return [];
      const label = this.label(id);
      return [
        {
          type: 'footnoteDefinition',
          identifier: label,
          label,
          children: [{ type: 'paragraph', children: this.citation(passage) }],
        },
      ];
    });
  }

  private citation(passage: Passage): PhrasingContent[] {
    const h = passage.highlight;
    const doc = this.documents.get(h.documentId);
    const out: PhrasingContent[] = [];
    const flag = this.flagOf(passage);
    if (flag) out.push(text(`${flagText(flag)}. `));
    out.push(emphasis(doc?.title || passage.documentTitle || 'Untitled document'));
    const described: string[] = [];
    described.push(doc?.source ? doc.source : 'publisher unknown');
    if (doc?.author) described.push(`by ${doc.author}`);
    described.push(doc?.publishedDate ? `published ${doc.publishedDate}` : 'publication date unknown');
    out.push(text(`, ${described.join(', ')}`));
    const url = safeUrl(doc?.url);
    if (url) out.push(text(', '), { type: 'link', url, title: null, children: [text(url)] });
    else if (doc?.url) out.push(text(`, ${doc.url}`));
    out.push(text('.'));
    const facts: string[] = [];
    if (doc) facts.push(`Imported ${doc.importedAt.slice(0, 10)}`);
    const page = this.pageOf(h.id);
    if (page !== null) facts.push(`PDF page ${page}`);
    facts.push(`Grade: ${gradeWording(passageGrade(passage, doc))}`);
    out.push(text(` ${facts.join('. ')}.`));
    if (!this.full.has(h.id)) out.push(text(` Quoted: “${h.quote}”.`));
    out.push(text(' '), {
      type: 'link',
      url: passageLink(h.documentId, h.id),
      title: null,
      children: [text('Open this passage in Dossier')],
    });
    return out;
  }
}
