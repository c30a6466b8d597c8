/**
 * The drag-and-drop format for passages: a passage dragged from the Brief view's list carries its
 * highlight id under its own type (so only passages light up a judgment as a drop target) and its
 * quote as plain text for anything else it is dropped on.
 */
import type { DragEvent } from 'react';
import { HighlightId } from '../../../../electron/contract';

export const PASSAGE_DRAG_TYPE = 'application/x-dossier-highlight';

export function startPassageDrag(event: DragEvent, highlightId: HighlightId, quote: string): void {
  event.dataTransfer.setData(PASSAGE_DRAG_TYPE, highlightId);
  event.dataTransfer.setData('text/plain', quote);
  event.dataTransfer.effectAllowed = 'copy';
}

export const carriesPassage = (event: DragEvent): boolean => event.dataTransfer.types.includes(PASSAGE_DRAG_TYPE);

/** The dropped passage's highlight id, or null when the drop carried none (or not a valid id). */
export function droppedPassage(event: DragEvent): HighlightId | null {
  const parsed = HighlightId.safeParse(event.dataTransfer.getData(PASSAGE_DRAG_TYPE));
  return parsed.success ? parsed.data : null;
}
