/** Lane bands behind the marks, and each lane's name in its top-left corner (when there are lanes). */
import { memo } from 'react';
import type { LaneLayout } from './axis-layout';
import { AXIS_COLORS } from './axis-geometry';
import { measureLabel } from './measure-label';

export const LaneBands = memo(function LaneBands({ lanes, width }: { lanes: LaneLayout[]; width: number }) {
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
        </g>
      ))}
    </g>
  );
});

export const LaneNames = memo(function LaneNames({ lanes }: { lanes: LaneLayout[] }) {
  return (
    <g className="axis-lane-names">
      {lanes
        .filter((lane) => lane.name)
        .map((lane) => (
          <g key={lane.id} data-lane={lane.name}>
            <rect
              x={4}
              y={lane.top + 3}
              width={measureLabel(lane.name) + 10}
              height={17}
              rx={3}
              fill={AXIS_COLORS.background}
              fillOpacity={0.9}
            />
            <text x={9} y={lane.top + 15} fontSize={11} fontWeight={600} fill={AXIS_COLORS.text2}>
              {lane.name}
            </text>
          </g>
        ))}
    </g>
  );
});
