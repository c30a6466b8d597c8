/**
 * The timeline: each event in order with its date as it reads, its description, where sources
 * disagree, and its passages, in full when the timeline is where they belong, cited otherwise.
 */
import type { RootContent } from 'mdast';
import type { Passage, TimelineEvent } from '../../../contract';
import { plainParagraphs } from './analyst-markdown';
import { compareCodes } from './brief-spec';
import type { Citations } from './citations';
import { citeParagraph, fullPassage, impactParagraphs } from './passage-nodes';
import { heading, note } from './sections';

/** Passages shown in full where first claimed; the ids of those already shown come back to be cited. */
export function placePassages(passages: readonly Passage[], citations: Citations, home: boolean) {
  const blocks: RootContent[] = [];
  const cited: string[] = [];
  for (const passage of passages) {
    if (home && citations.claimFull(passage.highlight.id)) blocks.push(...fullPassage(passage, citations));
    else cited.push(passage.highlight.id);
  }
  return { blocks, cited };
}

export function timelineSection(events: readonly TimelineEvent[], citations: Citations, home: boolean): RootContent[] {
  const out: RootContent[] = [heading(2, 'Timeline')];
  if (events.length === 0) return [...out, note('No events in this scope.')];
  for (const event of inOrder(events)) {
    out.push(heading(3, `${event.dateLabel}: ${event.title || 'Untitled event'}`));
    out.push(...plainParagraphs(event.description));
    const facts: string[] = [];
    if (event.disagreement) facts.push(capitalize(event.disagreement));
    if (event.grade) {
      const { best, worst } = event.grade;
      facts.push(best === worst ? `Grade ${best}` : `Grades ${best} to ${worst}`);
    }
    if (facts.length > 0) out.push(note(`${facts.join('. ')}.`));
    const ids = event.passages.map((p) => p.highlight.id as string);
    out.push(...impactParagraphs(ids, citations));
    if (event.passages.length === 0) {
      out.push(note('No passage linked to this event.'));
      continue;
    }
    const { blocks, cited } = placePassages(event.passages, citations, home);
    out.push(...blocks);
    if (cited.length > 0) out.push(citeParagraph(blocks.length > 0 ? 'Also:' : 'Passages:', cited, citations));
  }
  return out;
}

/** Earliest first; an open start sorts by its end; equal dates keep the order they came in. */
function inOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  const key = (e: TimelineEvent) => e.earliest ?? e.latest ?? '9999-99-99';
  return [...events].sort((a, b) => compareCodes(key(a), key(b)) || compareCodes(a.latest ?? '', b.latest ?? ''));
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
