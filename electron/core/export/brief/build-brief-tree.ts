/**
 * The brief as a Markdown syntax tree (mdast). Every format (Markdown, HTML, DOCX, the preview) is
 * serialized from this one tree, so they say the same thing and no format escapes text by hand.
 * Pure: the same spec and data give the same tree; only the "Prepared" line depends on the clock.
 */
import type { Root, RootContent } from 'mdast';
import { emphasis, text } from './analyst-markdown';
import { pageLookup, type BriefData, type BriefSpec } from './brief-spec';
import { Citations } from './citations';
import { passagesSection } from './passages-section';
import { describeScope, selectScope } from './scope';
import { heading, judgmentsSection, sourcesSection, summarySection } from './sections';
import { timelineSection } from './timeline-section';

export function buildBriefTree(spec: BriefSpec, data: BriefData): Root {
  const scoped = selectScope(spec.scope, data);
  const citations = new Citations(scoped.known, data.documents, data.replacedAt ?? new Map(), pageLookup(data));
  const { sections, structure } = spec;
  const children: RootContent[] = [heading(1, spec.title.trim() || 'Brief'), preparedLine(data.generatedAt)];
  const events = scoped.events.length;
  const passages = scoped.passages.length;
  children.push({
    type: 'paragraph',
    children: [
      text(
        `Scope: ${describeScope(spec.scope, data)}. ` +
          `${events} ${events === 1 ? 'event' : 'events'}, ${passages} ${passages === 1 ? 'passage' : 'passages'}.`,
      ),
    ],
  });

  if (sections.summary) children.push(...summarySection(spec.summary));
  if (sections.keyJudgments) children.push(...judgmentsSection(spec.judgments, citations));
  // The timeline holds passages in full when it is the brief's chronology, or when nothing else would.
  const timelineIsHome = structure === 'chronological' || !sections.passagesByTag;
  if (sections.timeline) children.push(...timelineSection(scoped.events, citations, timelineIsHome));
  if (sections.passagesByTag) children.push(...passagesSection(structure, scoped.passages, data.tags, citations));
  if (sections.sources) children.push(...sourcesSection(citations.cited(), citations));
  children.push(...citations.definitions());
  return { type: 'root', children };
}

/** The one line that changes from one export of an unchanged project to the next. */
export function preparedLine(generatedAt: Date): RootContent {
  return {
    type: 'paragraph',
    children: [emphasis(`Prepared ${generatedAt.toISOString().slice(0, 10)} with Dossier.`)],
  };
}
