/**
 * The axis's zoom and pan state: a domain in component state, fitted to the events when they first
 * appear, and panned to reveal an event selected from anywhere (the list panel, search, the keys).
 */
import { useCallback, useState } from 'react';
import type { EventId } from '../../../../../electron/contract';
import { fitDomain, panBy, reveal, zoomAround, type Domain } from './axis-domain';
import type { AxisEvent } from './axis-events';

export interface AxisDomain {
  domain: Domain;
  setDomain: (update: Domain | ((domain: Domain) => Domain)) => void;
  /** Zooms by `factor` (below 1 zooms in) around a fraction of the width (0.5: the centre). */
  zoom: (factor: number, at?: number) => void;
  /** Pans by a fraction of the span (negative: back in time). */
  pan: (fraction: number) => void;
  fitAll: () => void;
}

export function useAxisDomain(
  events: readonly AxisEvent[],
  selected: { id: EventId; nonce: number } | null,
): AxisDomain {
  const [domain, setDomain] = useState<Domain>(() => fitDomain(events));
  const [fitted, setFitted] = useState(events.length > 0);
  const [revealed, setRevealed] = useState(0);

  // Adjusted while rendering (not in an effect), so the first paint already shows the right span.
  if (!fitted && events.length > 0) {
    setFitted(true);
    setDomain(fitDomain(events));
  }
  if (selected && selected.nonce !== revealed) {
    setRevealed(selected.nonce);
    const target = events.find((axisEvent) => axisEvent.event.id === selected.id);
    if (target) setDomain((current) => reveal(current, target));
  }

  const zoom = useCallback((factor: number, at = 0.5) => {
    setDomain((current) => zoomAround(current, factor, current[0] + at * (current[1] - current[0])));
  }, []);
  const pan = useCallback((fraction: number) => {
    setDomain((current) => panBy(current, fraction * (current[1] - current[0])));
  }, []);
  const fitAll = useCallback(() => setDomain(fitDomain(events)), [events]);
  return { domain, setDomain, zoom, pan, fitAll };
}
