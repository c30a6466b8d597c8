/**
 * Where everything on the axis goes for one domain and size, computed in one pass: each lane's
 * marks in view (pixel extents from the scale), their labels packed into rows, "+N" counts where
 * the rows run out, and each lane's top and height. Pure, so the view memoizes it per domain.
 */
import { scaleUtc } from 'd3-scale';
import type { EventId } from '../../../../../electron/contract';
import type { Domain, Extent } from './axis-domain';
import type { AxisEvent } from './axis-events';
import { GEOMETRY as G } from './axis-geometry';
import type { Lane } from './axis-lanes';
import { packLabels, type PackItem } from './label-packing';

export interface PlacedMark {
  axisEvent: AxisEvent;
  /** The mark's drawn extent (a point's is its diameter), clipped a little outside the view. */
  x0: number;
  x1: number;
  /** Top of its row, within the whole drawing. */
  y: number;
  labelX: number;
  label: string;
}

export interface PlacedCount {
  x: number;
  y: number;
  ids: EventId[];
  extents: Extent[];
}

export interface LaneLayout {
  id: string;
  name: string;
  top: number;
  height: number;
  marks: PlacedMark[];
  counts: PlacedCount[];
}

export interface AxisLayout {
  lanes: LaneLayout[];
  /** Height of the whole drawing: the view's, or more when many lanes need scrolling. */
  height: number;
  /** Height down to the last lane's bottom (what an export keeps). */
  contentHeight: number;
}

export interface LayoutInput {
  lanes: readonly Lane[];
  domain: Domain;
  width: number;
  height: number;
  /** Pixel width of a label at the axis's font. */
  measure: (text: string) => number;
}

/** How far outside the view a drawn bar may reach (the rest is cut, so coordinates stay small). */
const CLIP = 200;

export const labelOf = (title: string): string =>
  title.length > G.labelChars ? `${title.slice(0, G.labelChars - 1).trimEnd()}…` : title;

/** The mark's pixel extent before clipping: a point's diameter, or the bar (an open end as an arrow). */
export function markExtent(axisEvent: AxisEvent, x: (ms: number) => number): [number, number] {
  const { start, end } = axisEvent;
  if (axisEvent.day && start !== null && end !== null) {
    const centre = x((start + end) / 2);
    return [centre - G.pointRadius, centre + G.pointRadius];
  }
  let x0 = start === null ? x(end as number) - G.openLength : x(start);
  let x1 = end === null ? x(start as number) + G.openLength : x(end);
  if (x1 - x0 < G.minBar) {
    const centre = (x0 + x1) / 2;
    x0 = centre - G.minBar / 2;
    x1 = centre + G.minBar / 2;
  }
  return [x0, x1];
}

export function layoutAxis({ lanes, domain, width, height, measure }: LayoutInput): AxisLayout {
  const scale = scaleUtc().domain(domain).range([0, width]);
  const x = (ms: number): number => scale(ms);
  const named = lanes.some((lane) => lane.name !== '');
  const head = named ? G.laneHead : 0;
  const free = height - G.axisTop - lanes.length * (head + G.lanePad);
  const maxRows = Math.max(2, Math.floor(free / Math.max(1, lanes.length) / G.rowHeight));

  let top = G.axisTop;
  const placed = lanes.map((lane): LaneLayout => {
    const visible: { axisEvent: AxisEvent; x0: number; x1: number; labelX: number; label: string }[] = [];
    const items: PackItem[] = [];
    for (const axisEvent of lane.events) {
      const [x0, x1] = markExtent(axisEvent, x);
      if (x1 < 0 || x0 > width) continue;
      const label = labelOf(axisEvent.event.title);
      const labelWidth = measure(label);
      // The label starts at the mark, moved in from either edge to stay in view.
      const labelX = Math.max(2, Math.min(x0, width - labelWidth - 2));
      visible.push({ axisEvent, x0: Math.max(x0, -CLIP), x1: Math.min(x1, width + CLIP), labelX, label });
      items.push({ x0: Math.max(Math.min(x0, labelX), 0), x1: Math.max(x1, labelX + labelWidth) });
    }
    const order = items.map((_, index) => index).sort((a, b) => (items[a] as PackItem).x0 - (items[b] as PackItem).x0);
    const packing = packLabels(
      order.map((index) => items[index] as PackItem),
      maxRows,
      G.countWidth,
    );
    const rowsTop = top + head;
    const marks: PlacedMark[] = [];
    order.forEach((index, position) => {
      const row = packing.rows[position] as number;
      if (row >= 0) marks.push({ ...(visible[index] as (typeof visible)[number]), y: rowsTop + row * G.rowHeight });
    });
    const counts = packing.groups.map((group): PlacedCount => {
      const members = group.members.map(
        (position) => (visible[order[position] as number] as (typeof visible)[number]).axisEvent,
      );
      return {
        x: group.x,
        y: rowsTop + packing.countRow * G.rowHeight,
        ids: members.map((member) => member.event.id),
        extents: members.map(({ start, end }) => ({ start, end })),
      };
    });
    const laneHeight = head + Math.max(1, packing.rowCount) * G.rowHeight + G.lanePad;
    const result: LaneLayout = { id: lane.id, name: lane.name, top, height: laneHeight, marks, counts };
    top += laneHeight;
    return result;
  });
  return { lanes: placed, height: Math.max(top, height), contentHeight: top };
}
