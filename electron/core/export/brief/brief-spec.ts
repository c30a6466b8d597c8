/**
 * What the brief is built from: the analyst's choices (`BriefSpec`, plain data saved with the
 * project) and the project's data (`BriefData`, gathered by the service). Both are plain values so
 * the tree builder stays a pure function that tests can feed directly.
 */
import { formatDossierLink } from '../../../contract';
import type {
  DocumentId,
  DocumentSummary,
  GradeThreshold,
  HighlightId,
  Passage,
  TagSummary,
  TimelineEvent,
} from '../../../contract';

export type BriefStructure = 'chronological' | 'tag' | 'source';

export interface BriefScope {
  /** Keep passages carrying one of these tags (by id); `includeSubTags` widens each to its subtree. */
  tags?: { ids: readonly string[]; includeSubTags: boolean };
  /** Keep these events, and only passages linked to them. */
  eventIds?: readonly string[];
  /**
   * ISO days, both ends inclusive. Events are kept when their bounds overlap the range; passages
   * when their document's published date does, or when an event in range cites them.
   */
  dateRange?: { from?: string; to?: string };
  documentIds?: readonly string[];
  /** "At least B3": see `meetsThreshold` in contract/grades. */
  minGrade?: GradeThreshold;
}

export interface BriefSections {
  summary: boolean;
  keyJudgments: boolean;
  timeline: boolean;
  /** The passages section; its grouping follows `structure`. */
  passagesByTag: boolean;
  sources: boolean;
}

export interface BriefJudgment {
  id: string;
  /** The analyst's Markdown. */
  text: string;
  /** Highlight ids of the passages the judgment rests on. */
  citations: readonly string[];
}

export interface BriefSpec {
  title: string;
  scope: BriefScope;
  structure: BriefStructure;
  sections: BriefSections;
  /** The analyst's Markdown. */
  summary: string;
  judgments: readonly BriefJudgment[];
}

export interface BriefData {
  documents: readonly DocumentSummary[];
  /** Events in timeline order, each with its linked passages. */
  events: readonly TimelineEvent[];
  tags: readonly TagSummary[];
  /** Every passage of the project (the scope picks from these). */
  passages: readonly Passage[];
  /** PDF page of a passage where known: a lookup or a map keyed by highlight id. */
  pageOf?: ((highlightId: string) => number | null) | ReadonlyMap<string, number>;
  /**
   * When each replaced document was last replaced by a new version (ISO time), by document id: a
   * passage taken before then is flagged, since the judgment resting on it was made on the old text.
   */
  replacedAt?: ReadonlyMap<string, string>;
  generatedAt: Date;
}

export const ALL_SECTIONS: BriefSections = {
  summary: true,
  keyJudgments: true,
  timeline: true,
  passagesByTag: true,
  sources: true,
};

/** The brief of a project nobody has composed yet: everything, by tag, every section. */
export function defaultBriefSpec(title: string): BriefSpec {
  return { title, scope: {}, structure: 'tag', sections: { ...ALL_SECTIONS }, summary: '', judgments: [] };
}

export function pageLookup(data: Pick<BriefData, 'pageOf'>): (highlightId: string) => number | null {
  const { pageOf } = data;
  if (!pageOf) return () => null;
  if (typeof pageOf === 'function') return pageOf;
  return (id) => pageOf.get(id) ?? null;
}

/** The deep link that opens Dossier at a passage, written as the contract reads it back. */
export function passageLink(documentId: string, highlightId: string): string {
  return formatDossierLink({ documentId: documentId as DocumentId, highlightId: highlightId as HighlightId });
}

/** Orders ISO dates and ids by code unit, the same on every machine. */
export const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
/** Orders titles as people read them, with a fixed locale so every machine agrees. */
export const compareTitles = (a: string, b: string): number => collator.compare(a, b) || compareCodes(a, b);
