/**
 * The part of the project a brief covers: which events and which passages pass the analyst's
 * scope. Every criterion given must hold (they narrow together); none given means the whole project.
 */
import { gradeLabel, meetsThreshold, type Grade } from '../../../contract';
import type { DocumentSummary, Passage, TagSummary, TimelineEvent } from '../../../contract';
import { subtree } from '../../codebook/tree';
import type { BriefData, BriefScope } from './brief-spec';

export interface ScopedBrief {
  /** Events in scope, each keeping only its passages in scope. */
  events: TimelineEvent[];
  /** Passages in scope, each once, in the order the project listed them. */
  passages: Passage[];
  /** Every passage the data knows, in scope or not, by highlight id (judgments may cite any). */
  known: Map<string, Passage>;
}

export function passageGrade(passage: Passage, document: DocumentSummary | undefined): Grade {
  return {
    reliability: passage.highlight.reliability ?? document?.reliability ?? null,
    credibility: passage.highlight.credibility,
  };
}

/** "Grade B2", or "Not graded". */
export function gradeBadge(grade: Grade): string {
  const label = gradeLabel(grade);
  return label ? `Grade ${label}` : 'Not graded';
}

export function selectScope(scope: BriefScope, data: BriefData): ScopedBrief {
  const known = new Map<string, Passage>();
  for (const p of data.passages) known.set(p.highlight.id, p);
  for (const e of data.events) for (const p of e.passages) if (!known.has(p.highlight.id)) known.set(p.highlight.id, p);

  const documents = new Map(data.documents.map((d) => [d.id as string, d]));
  // An empty choice (no tag, event or document picked yet) narrows nothing, as in the scope picker.
  const tagNames = scope.tags?.ids.length ? scopedTagNames(scope.tags, data.tags) : null;
  const documentIds = scope.documentIds?.length ? new Set(scope.documentIds) : null;
  const eventIds = scope.eventIds?.length ? new Set(scope.eventIds) : null;
  const range = scope.dateRange && (scope.dateRange.from || scope.dateRange.to) ? scope.dateRange : null;
  const passageFiltered = tagNames !== null || documentIds !== null || scope.minGrade !== undefined;

  // Criteria that belong to the passage alone; event and date criteria are applied below.
  const ownCriteria = (p: Passage): boolean => {
    const h = p.highlight;
    if (tagNames && !h.tags.some((t) => tagNames.has(t))) return false;
    if (documentIds && !documentIds.has(h.documentId)) return false;
    if (scope.minGrade && !meetsThreshold(passageGrade(p, documents.get(h.documentId)), scope.minGrade)) return false;
    return true;
  };

  const eventInRange = (e: TimelineEvent) => !range || overlaps(e.earliest, e.latest, range);
  const events: TimelineEvent[] = [];
  for (const event of data.events) {
    if (eventIds && !eventIds.has(event.id)) continue;
    if (!eventInRange(event)) continue;
    const passages = event.passages.filter(ownCriteria);
    if (passageFiltered && passages.length === 0) continue;
    events.push({ ...event, passages });
  }

  const citedByEventInScope = new Set(events.flatMap((e) => e.passages.map((p) => p.highlight.id as string)));
  const passages = [...known.values()].filter((p) => {
    if (!ownCriteria(p)) return false;
    if (eventIds) return citedByEventInScope.has(p.highlight.id);
    if (range) {
      const published = documents.get(p.highlight.documentId)?.publishedDate ?? null;
      const inRange = published !== null && overlaps(startOf(published), endOf(published), range);
      return inRange || citedByEventInScope.has(p.highlight.id);
    }
    return true;
  });
  return { events, passages, known };
}

/** Names of the chosen tags (passages carry tag names), widened to their sub-tags when asked. */
function scopedTagNames(
  chosen: NonNullable<BriefScope['tags']>,
  tags: readonly Pick<TagSummary, 'id' | 'name' | 'parentId'>[],
): Set<string> {
  const ids = new Set<string>();
  for (const id of chosen.ids) {
    if (chosen.includeSubTags) for (const sub of subtree(tags, id)) ids.add(sub);
    else ids.add(id);
  }
  return new Set(tags.filter((t) => ids.has(t.id)).map((t) => t.name));
}

/** Whether [earliest, latest] (null: open end) meets the range; ISO days compare as strings. */
function overlaps(earliest: string | null, latest: string | null, range: { from?: string; to?: string }): boolean {
  if (range.to && earliest !== null && earliest > range.to) return false;
  if (range.from && latest !== null && latest < range.from) return false;
  return true;
}

/** First and last day a partial date ("2024", "2024-06", "2024-06-25") may stand for. */
function startOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function endOf(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** One line saying what the brief covers, for the line under the title. */
export function describeScope(scope: BriefScope, data: Pick<BriefData, 'tags' | 'events' | 'documents'>): string {
  const parts: string[] = [];
  const nameOf = <T extends { id: string }>(list: readonly T[], id: string, name: (t: T) => string) => {
    const found = list.find((t) => t.id === id);
    return found ? name(found) : 'an item no longer in the project';
  };
  const quoted = (names: string[]) => names.map((name) => `“${name}”`).join(', ');
  const named = (one: string, many: string, names: string[]) => `${names.length === 1 ? one : many} ${quoted(names)}`;
  if (scope.tags?.ids.length) {
    const names = scope.tags.ids.map((id) => nameOf(data.tags, id, (t) => t.name));
    const sub = scope.tags.includeSubTags ? (names.length === 1 ? ' and its sub-tags' : ' and their sub-tags') : '';
    parts.push(`${named('tag', 'tags', names)}${sub}`);
  }
  if (scope.eventIds?.length) {
    parts.push(
      named(
        'event',
        'events',
        scope.eventIds.map((id) => nameOf(data.events, id, (e) => e.title)),
      ),
    );
  }
  if (scope.dateRange?.from || scope.dateRange?.to) {
    const { from, to } = scope.dateRange;
    parts.push(from && to ? `from ${from} to ${to}` : from ? `from ${from}` : `until ${to ?? ''}`);
  }
  if (scope.documentIds?.length) {
    parts.push(
      named(
        'document',
        'documents',
        scope.documentIds.map((id) => nameOf(data.documents, id, (d) => d.title)),
      ),
    );
  }
  const { reliability, credibility } = scope.minGrade ?? {};
  if (reliability) parts.push(`sources graded ${reliability} or better`);
  if (credibility) parts.push(`information graded ${credibility} or better`);
  return parts.length === 0 ? 'the whole project' : parts.join('; ');
}
