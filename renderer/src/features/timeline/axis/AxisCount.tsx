/** A "+N" mark standing for events that did not fit in the lane's rows; clicking it zooms in on them. */
import { memo } from 'react';
import type { PlacedCount } from './axis-layout';
import { AXIS_COLORS, GEOMETRY as G } from './axis-geometry';

interface AxisCountProps {
  count: PlacedCount;
  /** "lane:index", for the axis's one click handler. */
  id: string;
  /** Holds the selected event. */
  selected: boolean;
}

export const AxisCount = memo(function AxisCount({ count, id, selected }: AxisCountProps) {
  const n = count.ids.length;
  const y = count.y + G.markTop - 2;
  return (
    <g
      className="axis-count"
      role="button"
      tabIndex={-1}
      aria-label={`${n} more ${n === 1 ? 'event' : 'events'} here: zoom in`}
      data-count={id}
    >
      <rect
        x={count.x}
        y={y}
        width={G.countWidth}
        height={18}
        rx={9}
        fill={AXIS_COLORS.countFill}
        stroke={selected ? AXIS_COLORS.selected : AXIS_COLORS.mark}
        strokeWidth={selected ? 2 : 1}
      />
      <text
        x={count.x + G.countWidth / 2}
        y={y + 13}
        fontSize={11}
        fontWeight={600}
        textAnchor="middle"
        fill={AXIS_COLORS.mark}
      >
        +{n}
      </text>
    </g>
  );
});
