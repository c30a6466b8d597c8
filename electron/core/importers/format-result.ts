/**
 * What every format importer returns before the document is assembled and stored: the blocks,
 * whatever metadata the file itself states (never guessed), and warnings for the analyst.
 */
import type { DraftBlock } from './build-document';

export interface DocumentMetadata {
  title?: string | null;
  author?: string | null;
  /** Publisher or site name. */
  source?: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD, only when the file states it. */
  publishedDate?: string | null;
  url?: string | null;
  /** BCP 47 language tag, e.g. "en", "fr-HT". */
  language?: string | null;
}

export interface FormatResult {
  drafts: DraftBlock[];
  metadata: DocumentMetadata;
  /** Plain sentences shown to the analyst after import, e.g. "No text found: is it a scan?". */
  warnings: string[];
}
