/**
 * One event on the axis: a point for a single day, a bar for a longer date, its fuzzy ends fading
 * and its open end an arrow, with the label below. A button to assistive technology and tests
 * ("<title>, <date label>"); clicks and keys are handled once, by the axis.
 */
import { memo } from 'react';
import type { PlacedMark } from './axis-layout';
import { fuzzyOf } from './axis-events';
import { AXIS_COLORS, GEOMETRY as G } from './axis-geometry';
import { fadeId } from './AxisDefs';
import { measureLabel } from './measure-label';

const SEAM = 0.5;

interface AxisMarkProps {
  mark: PlacedMark;
  selected: boolean;
  /** The one mark Tab reaches (the selected one, else the first). */
  tabbable: boolean;
}

function Bar({ mark, selected }: { mark: PlacedMark; selected: boolean }) {
  const { axisEvent, x0, x1 } = mark;
  const color = selected ? AXIS_COLORS.selected : AXIS_COLORS.mark;
  const y = mark.y + G.markTop;
  const cy = y + G.barHeight / 2;
  const openStart = axisEvent.start === null;
  const openEnd = axisEvent.end === null;
  const head = 8;
  const left = openStart ? x0 + head : x0;
  const right = openEnd ? x1 - head : x1;
  const width = Math.max(0, right - left);
  const fadeStart = axisEvent.fuzzyStart || openStart ? Math.min(G.fadeLength, width * 0.4) : 0;
  const fadeEnd = axisEvent.fuzzyEnd || openEnd ? Math.min(G.fadeLength, width * 0.4) : 0;
  return (
    <>
      {fadeStart > 0 ? (
        <rect x={left} y={y} width={fadeStart} height={G.barHeight} fill={`url(#${fadeId('in', selected)})`} />
      ) : null}
      {/* Half a pixel into each fade, so no light seam shows where they meet. */}
      <rect
        x={left + fadeStart - (fadeStart ? SEAM : 0)}
        y={y}
        width={Math.max(0, width - fadeStart - fadeEnd + (fadeStart ? SEAM : 0) + (fadeEnd ? SEAM : 0))}
        height={G.barHeight}
        fill={color}
        rx={fadeStart || fadeEnd ? 0 : 2}
      />
      {fadeEnd > 0 ? (
        <rect
          x={right - fadeEnd}
          y={y}
          width={fadeEnd}
          height={G.barHeight}
          fill={`url(#${fadeId('out', selected)})`}
        />
      ) : null}
      {openStart ? <polygon points={`${x0},${cy} ${x0 + head},${cy - 6} ${x0 + head},${cy + 6}`} fill={color} /> : null}
      {openEnd ? <polygon points={`${x1},${cy} ${x1 - head},${cy - 6} ${x1 - head},${cy + 6}`} fill={color} /> : null}
    </>
  );
}

function Point({ mark, selected }: { mark: PlacedMark; selected: boolean }) {
  const cx = (mark.x0 + mark.x1) / 2;
  const cy = mark.y + G.markTop + G.barHeight / 2;
  if (mark.axisEvent.fuzzyStart || mark.axisEvent.fuzzyEnd) {
    return <circle cx={cx} cy={cy} r={G.pointRadius + 3} fill={`url(#${fadeId('point', selected)})`} />;
  }
  return (
    <circle
      cx={cx}
      cy={cy}
      r={G.pointRadius}
      fill={selected ? AXIS_COLORS.selected : AXIS_COLORS.mark}
      stroke={AXIS_COLORS.background}
      strokeWidth={1.5}
    />
  );
}

export const AxisMark = memo(function AxisMark({ mark, selected, tabbable }: AxisMarkProps) {
  const { event } = mark.axisEvent;
  const fuzzy = fuzzyOf(mark.axisEvent);
  const open = mark.axisEvent.start === null ? 'start' : mark.axisEvent.end === null ? 'end' : undefined;
  const labelRight = Math.max(mark.x1, mark.labelX + measureLabel(mark.label));
  return (
    <g
      className="axis-mark"
      role="button"
      aria-label={`${event.title}, ${event.dateLabel}`}
      aria-current={selected ? 'true' : undefined}
      tabIndex={tabbable ? 0 : -1}
      data-event-id={event.id}
      data-shape={mark.axisEvent.day ? 'point' : 'bar'}
      data-fuzzy={fuzzy ?? undefined}
      data-open={open}
    >
      <rect
        className="axis-hit"
        x={Math.min(mark.x0, mark.labelX) - 3}
        y={mark.y + 1}
        width={labelRight - Math.min(mark.x0, mark.labelX) + 6}
        height={G.rowHeight - 2}
        rx={4}
        fill="transparent"
      />
      {mark.axisEvent.day ? <Point mark={mark} selected={selected} /> : <Bar mark={mark} selected={selected} />}
      <text
        x={mark.labelX}
        y={mark.y + G.labelBaseline}
        fontSize={G.labelFontSize}
        fill={selected ? AXIS_COLORS.selected : AXIS_COLORS.text}
      >
        {mark.label}
      </text>
    </g>
  );
});
