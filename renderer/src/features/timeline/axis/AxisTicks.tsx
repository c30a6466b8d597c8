/**
 * The time scale over the lanes: a context row (the year over months, the month over days), tick
 * labels, the axis line and grid lines down through the lanes. Ticks are drawn a width beyond each
 * side, so a drag shows them sliding in before the view is laid out again.
 */
import { memo } from 'react';
import type { Domain } from './axis-domain';
import { AXIS_COLORS, GEOMETRY as G } from './axis-geometry';
import { axisTicks } from './axis-ticks';

/** Widest tick label ("30 Sep"). */
const CUT_LABEL = 44;

interface AxisTicksProps {
  domain: Domain;
  width: number;
  height: number;
}

export const AxisTicks = memo(function AxisTicks({ domain, width, height }: AxisTicksProps) {
  const span = domain[1] - domain[0];
  const wide: Domain = [domain[0] - span, domain[1] + span];
  const { unit, ticks } = axisTicks(wide, width * 3);
  const { context } = axisTicks(domain, width);
  const x = (ms: number) => ((ms - domain[0]) / span) * width;
  const lineY = G.axisTop - 8;
  return (
    <g className="axis-ticks" data-unit={unit} aria-hidden="true">
      <line x1={-width} x2={2 * width} y1={lineY} y2={lineY} stroke={AXIS_COLORS.axis} />
      {ticks.map((tick) => (
        <g key={tick.at} className="axis-tick" data-at={tick.at}>
          <line x1={x(tick.at)} x2={x(tick.at)} y1={lineY} y2={height} stroke={AXIS_COLORS.grid} />
          <line x1={x(tick.at)} x2={x(tick.at)} y1={lineY - 5} y2={lineY} stroke={AXIS_COLORS.axis} />
          {/* A label the left edge would cut is left out; the context row names that span. */}
          {x(tick.at) < 0 && x(tick.at) > -CUT_LABEL ? null : (
            <text x={x(tick.at) + 3} y={lineY - 7} fontSize={11} fill={AXIS_COLORS.text2}>
              {tick.label}
            </text>
          )}
        </g>
      ))}
      {context.map((label) => (
        <text
          key={`c${label.at}`}
          className="axis-context"
          x={x(label.at) + 3}
          y={13}
          fontSize={11}
          fontWeight={600}
          fill={AXIS_COLORS.text}
        >
          {label.label}
        </text>
      ))}
    </g>
  );
});
