/**
 * Keys anywhere in the timeline view (outside text fields): + and − zoom (around the selected event
 * when it is in view), 0 fits all, Escape clears the selection or, with none, goes back to the reader.
 * The axis handles its own keys first (arrows, Home/End, Enter).
 */
import type { KeyboardEvent } from 'react';
import type { EventId } from '../../../../../electron/contract';
import type { AxisEvent } from './axis-events';
import { backToReader, clearSelection } from './axis-selection';
import type { AxisDomain } from './use-axis-domain';

/** Span change of one + or − press. */
export const ZOOM_STEP = 1.6;

const isTextField = (target: EventTarget): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.matches('input:not([type=button],[type=checkbox],[type=radio]), textarea, select'));

export function useViewKeys(axis: AxisDomain, events: readonly AxisEvent[], selectedId: EventId | null) {
  const anchor = (): number => {
    const selected = selectedId ? events.find((axisEvent) => axisEvent.event.id === selectedId) : undefined;
    const at = selected ? (selected.start ?? selected.key) : null;
    const [start, end] = axis.domain;
    return at !== null && at >= start && at <= end ? (at - start) / (end - start) : 0.5;
  };
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTextField(event.target)) return;
    switch (event.key) {
      case '+':
      case '=':
        axis.zoom(1 / ZOOM_STEP, anchor());
        break;
      case '-':
      case '_':
        axis.zoom(ZOOM_STEP, anchor());
        break;
      case '0':
        axis.fitAll();
        break;
      case 'Escape':
        if (selectedId) clearSelection();
        else backToReader();
        break;
      default:
        return;
    }
    event.preventDefault();
  };
}
