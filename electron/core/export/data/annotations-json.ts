/**
 * The whole project's annotations as one JSON file, for archiving and for other tools: documents'
 * metadata (not their text), the codebook as a tree, every highlight with its tags, grade, note and
 * corroboration links, and the timeline's events with the highlights they rest on.
 */
import { gradeLabel } from '../../../contract';
import type { DocumentSummary, HighlightLinkKind, Passage, TagSummary, TimelineEvent } from '../../../contract';
import { childrenOf } from '../../codebook/tree';
import { pageLookup, passageLink, type BriefData } from '../brief/brief-spec';
import { passageGrade } from '../brief/scope';
import { eventFields } from './timeline-export';

export interface AnnotationLink {
  /** The highlight the link was made on: it is corroborated (contradicted) by `toHighlightId`. */
  fromHighlightId: string;
  toHighlightId: string;
  kind: HighlightLinkKind;
}

export interface AnnotationsInput {
  projectName: string;
  generatedAt: Date;
  documents: readonly DocumentSummary[];
  passages: readonly Passage[];
  tags: readonly TagSummary[];
  events: readonly TimelineEvent[];
  links?: readonly AnnotationLink[];
  pageOf?: BriefData['pageOf'];
}

interface TagNode {
  id: string;
  name: string;
  color: string | null;
  description: string;
  children: TagNode[];
}

export function annotationsJson(input: AnnotationsInput): string {
  const documents = new Map(input.documents.map((d) => [d.id as string, d]));
  const pageOf = pageLookup(input);
  const children = childrenOf(input.tags);
  const tree = (parent: string | null, seen: Set<string>): TagNode[] =>
    (children.get(parent) ?? [])
      .filter((t) => !seen.has(t.id))
      .map((t) => ({
        id: t.id,
        name: t.name,
        color: t.color,
        description: t.description,
        children: tree(t.id, new Set([...seen, t.id])),
      }));

  const highlights = input.passages.map((p) => {
    const h = p.highlight;
    const doc = documents.get(h.documentId);
    return {
      id: h.id,
      documentId: h.documentId,
      start: h.start,
      end: h.end,
      quote: h.quote,
      prefix: h.prefix,
      suffix: h.suffix,
      note: h.note,
      color: h.color,
      tags: h.tags,
      status: h.status,
      credibility: h.credibility,
      reliability: passageGrade(p, doc).reliability,
      grade: gradeLabel(passageGrade(p, doc)),
      page: pageOf(h.id),
      createdAt: h.createdAt,
      link: passageLink(h.documentId, h.id),
      links: (input.links ?? [])
        .filter((l) => l.fromHighlightId === h.id)
        .map((l) => ({ kind: l.kind, highlightId: l.toHighlightId })),
    };
  });

  const out = {
    format: 'dossier-annotations',
    version: 1,
    project: input.projectName,
    generatedAt: input.generatedAt.toISOString(),
    documents: input.documents.map((d) => ({
      id: d.id,
      title: d.title,
      source: d.source,
      author: d.author,
      publishedDate: d.publishedDate,
      url: d.url,
      language: d.language,
      fileName: d.fileName,
      format: d.format,
      importedAt: d.importedAt,
      reliability: d.reliability,
    })),
    tags: tree(null, new Set()),
    highlights,
    events: input.events.map((e) => ({
      ...eventFields(e),
      highlightIds: e.passages.map((p) => p.highlight.id),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
