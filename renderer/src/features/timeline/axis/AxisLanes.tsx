/**
 * Lane bands behind the marks, and each lane's name in its top-left corner (when there are lanes).
 * A tag's lane carries the tag's codebook colour: a stripe down its left edge and a dot by its name.
 */
import { memo } from 'react';
import type { LaneLayout } from './axis-layout';
import { AXIS_COLORS } from './axis-geometry';
import { measureLabel } from './measure-label';

/** Codebook colours by lane id (`tag:<name in lower case>`); empty when lanes are not by tag. */
export type LaneColors = ReadonlyMap<string, string>;

const STRIPE = 4;

export const LaneBands = memo(function LaneBands({
  lanes,
  width,
  colors,
}: {
  lanes: LaneLayout[];
  width: number;
  colors: LaneColors;
}) {
  return (
    <g aria-hidden="true">
      {lanes.map((lane, index) => (
        <g key={lane.id}>
          {index % 2 === 1 ? (
            <rect x={0} y={lane.top} width={width} height={lane.height} fill={AXIS_COLORS.laneBand} />
          ) : null}
          {lane.name ? (
            <line x1={0} x2={width} y1={lane.top} y2={lane.top} stroke={AXIS_COLORS.axis} strokeDasharray="2 3" />
          ) : null}
          {colors.has(lane.id) ? (
            <rect x={0} y={lane.top} width={STRIPE} height={lane.height} fill={colors.get(lane.id)} />
          ) : null}
        </g>
      ))}
    </g>
  );
});

export const LaneNames = memo(function LaneNames({ lanes, colors }: { lanes: LaneLayout[]; colors: LaneColors }) {
  return (
    <g className="axis-lane-names">
      {lanes
        .filter((lane) => lane.name)
        .map((lane) => {
          const color = colors.get(lane.id);
          const dot = color ? 12 : 0;
          return (
            <g key={lane.id} data-lane={lane.name} data-lane-color={color}>
              <rect
                x={4 + STRIPE}
                y={lane.top + 3}
                width={measureLabel(lane.name) + 10 + dot}
                height={17}
                rx={3}
                fill={AXIS_COLORS.background}
                fillOpacity={0.9}
              />
              {color ? <circle cx={9 + STRIPE + 4} cy={lane.top + 11.5} r={4} fill={color} /> : null}
              <text x={9 + STRIPE + dot} y={lane.top + 15} fontSize={11} fontWeight={600} fill={AXIS_COLORS.text2}>
                {lane.name}
              </text>
            </g>
          );
        })}
    </g>
  );
});
