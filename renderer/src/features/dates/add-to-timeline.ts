/**
 * "Add to timeline" for a proposed date: highlights the sentence around it (or reuses a highlight
 * already on exactly that sentence), then opens the event form with the date's EDTF and a title
 * made from the sentence, the highlight linked. Nothing becomes an event until the analyst saves.
 */
import type { DateProposal, HighlightId } from '../../../../electron/contract';
import { call } from '../../store/api';
import { useAppStore } from '../../store/app-store';
import { scheduleRefresh } from '../../store/refresh-bus';
import { reloadDocument } from '../../navigation/open-document';
import { sentenceAround, titleFromSentence } from './sentence';

/** Why a proposal cannot become an event yet, or null when it can (`reference`: the one it was resolved against). */
export function addToTimelineBlocked(proposal: DateProposal, reference: string | null): string | null {
  if (proposal.edtf !== null) return null;
  return reference === null
    ? 'Needs a reference date: set the document’s published date to resolve it first.'
    : 'Needs a more precise reference date: the published date does not fix this day.';
}

export async function addProposalToTimeline(proposal: DateProposal): Promise<void> {
  const { doc } = useAppStore.getState();
  if (!doc || proposal.edtf === null) return;
  const sentence = sentenceAround(doc.text, proposal);
  const title = titleFromSentence(doc.text.slice(sentence.start, sentence.end));
  let highlightId: HighlightId | undefined = doc.highlights.find(
    (h) => h.status === 'anchored' && h.start === sentence.start && h.end === sentence.end,
  )?.id;
  if (!highlightId) {
    const created = await call('highlights.create', {
      documentId: doc.id,
      start: sentence.start,
      end: sentence.end,
      color: 'yellow',
    });
    if (!created) return;
    highlightId = created.id;
    // The form shows the highlight's quote from the open document, so it must hold the new one.
    await reloadDocument();
    scheduleRefresh(['highlights', 'documents']);
  }
  if (useAppStore.getState().openDocumentId !== doc.id) return;
  useAppStore.getState().openDialog({
    kind: 'event-form',
    highlightId,
    eventId: null,
    prefill: { date: proposal.edtf, title },
  });
}
