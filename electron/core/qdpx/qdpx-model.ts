/**
 * What the REFI-QDA project exchange (.qdpx) takes and gives: plain values, so the writer and the
 * reader are tested without a library, and the store is read by one small adapter.
 * Offsets here are always UTF-16 code units, as Dossier stores them; only the XML counts code points.
 */
import type { ExportTag } from '../codebook/exchange-entry';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const PROJECT_FILE = 'project.qde';

export interface QdpxDocument {
  id: string;
  title: string;
  /** The stored normalized text the highlights' offsets point into. */
  text: string;
  importedAt: string;
}

export interface QdpxHighlight {
  id: string;
  documentId: string;
  start: number;
  end: number;
  quote: string;
  note: string;
  /** Tag ids. */
  tags: string[];
  createdAt: string;
}

/** A project as the writer needs it; `tags` in any order (the writer puts parents first). */
export interface QdpxInput {
  projectName: string;
  /** Who is named as the creating user of everything (REFI-QDA wants a user; Dossier has one). */
  userName: string;
  /** ISO date-time, the project's creationDateTime in the file. */
  exportedAt: string;
  documents: QdpxDocument[];
  tags: ExportTag[];
  highlights: QdpxHighlight[];
}

/** A code as a .qdpx gives it; `isCodable` false is a category (QualCoder writes its categories so). */
export interface QdpxCode {
  guid: string;
  name: string;
  isCodable: boolean;
  color: string | null;
  description: string;
  children: QdpxCode[];
}

export interface QdpxSelection {
  /** UTF-16 offsets into the source's text. */
  start: number;
  end: number;
  /** Guids of the codes applied; selections of the same range are merged into one. */
  codes: string[];
  note: string;
}

export interface QdpxSource {
  guid: string;
  name: string;
  text: string;
  createdAt: string | null;
  selections: QdpxSelection[];
}

/** A source the reader did not take, and why (pictures, PDFs, audio, video, texts kept outside the file). */
export interface QdpxSkipped {
  kind: string;
  name: string;
  reason: string;
}

export interface QdpxProject {
  name: string;
  origin: string | null;
  codes: QdpxCode[];
  sources: QdpxSource[];
  skipped: QdpxSkipped[];
}

export type QdpxReadResult = { ok: true; project: QdpxProject } | { ok: false; error: string };
