/**
 * Lanes split the axis into horizontal bands: none (one band), by tag (an event sits in the lane of
 * every tag on its linked passages, or in "Untagged") or by source document (a lane per document of
 * its passages, or "No passage"). Lanes are in name order, the catch-all lane last.
 */
import type { AxisEvent } from './axis-events';

export type LaneMode = 'none' | 'tag' | 'document';

export interface Lane {
  id: string;
  /** Empty when there are no lanes (mode "none"). */
  name: string;
  events: AxisEvent[];
}

const ALL = 'all';
const REST = '\u0000rest';

function keysOf(axisEvent: AxisEvent, mode: LaneMode): Map<string, string> {
  const keys = new Map<string, string>();
  for (const { highlight, documentTitle } of axisEvent.event.passages) {
    // The first spelling met names a tag's lane ("Port" and "port" are one tag).
    if (mode === 'document') keys.set(`doc:${highlight.documentId}`, documentTitle);
    else
      for (const tag of highlight.tags)
        if (!keys.has(`tag:${tag.toLowerCase()}`)) keys.set(`tag:${tag.toLowerCase()}`, tag);
  }
  return keys;
}

/** Groups events (kept in their date order) into lanes. */
export function buildLanes(events: readonly AxisEvent[], mode: LaneMode): Lane[] {
  if (mode === 'none') return [{ id: ALL, name: '', events: [...events] }];
  const lanes = new Map<string, Lane>();
  const rest: Lane = { id: REST, name: mode === 'tag' ? 'Untagged' : 'No passage', events: [] };
  for (const axisEvent of events) {
    const keys = keysOf(axisEvent, mode);
    if (keys.size === 0) rest.events.push(axisEvent);
    for (const [id, name] of keys) {
      let lane = lanes.get(id);
      if (!lane) {
        lane = { id, name, events: [] };
        lanes.set(id, lane);
      }
      lane.events.push(axisEvent);
    }
  }
  const named = [...lanes.values()].sort(
    (a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id),
  );
  return rest.events.length > 0 ? [...named, rest] : named;
}
