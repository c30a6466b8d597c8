/**
 * The axis drawing: ticks, lanes, marks and "+N" counts as SVG over the view's domain, laid out once
 * per domain, size and lanes. Clicks and keys are handled here once for every mark: a mark selects
 * its event, a count zooms in on its events; ←/→ move between events in date order (or pan when
 * none is selected), Home/End go to the first and last, Enter opens the selected event.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { EventId } from '../../../../../electron/contract';
import { domainAround, type Domain } from './axis-domain';
import type { AxisEvent } from './axis-events';
import { AXIS_COLORS, AXIS_FONT } from './axis-geometry';
import { buildLanes, type LaneMode } from './axis-lanes';
import { layoutAxis } from './axis-layout';
import { openSelected, selectEvent } from './axis-selection';
import { AxisCount } from './AxisCount';
import { AxisDefs } from './AxisDefs';
import { AxisMark } from './AxisMark';
import { AxisTicks } from './AxisTicks';
import { LaneBands, LaneNames, type LaneColors } from './AxisLanes';
import { useAppStore } from '../../../store/app-store';
import { measureLabel } from './measure-label';
import type { AxisDomain } from './use-axis-domain';
import { useAxisGestures } from './use-axis-gestures';

interface TimelineAxisProps {
  /** In date order. */
  events: AxisEvent[];
  laneMode: LaneMode;
  axis: AxisDomain;
  selectedId: EventId | null;
  svgRef: RefObject<SVGSVGElement | null>;
}

/** Share of the view one arrow press pans. */
const PAN_STEP = 0.2;

const inView = (axisEvent: AxisEvent, [start, end]: Domain): boolean =>
  (axisEvent.end ?? Infinity) >= start && (axisEvent.start ?? -Infinity) <= end;

export function TimelineAxis({ events, laneMode, axis, selectedId, svgRef }: TimelineAxisProps) {
  const container = useRef<HTMLDivElement>(null);
  const plot = useRef<SVGGElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const { domain, setDomain, pan } = axis;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setSize({ width: element.clientWidth, height: element.clientHeight }));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const lanes = useMemo(() => buildLanes(events, laneMode), [events, laneMode]);
  const codebook = useAppStore((s) => s.tags);
  const laneColors = useMemo(
    (): LaneColors =>
      new Map(
        laneMode === 'tag'
          ? codebook.flatMap((tag) => (tag.color ? [[`tag:${tag.name.toLowerCase()}`, tag.color] as const] : []))
          : [],
      ),
    [codebook, laneMode],
  );
  const layout = useMemo(
    () =>
      size.width > 0
        ? layoutAxis({ lanes, domain, width: size.width, height: size.height, measure: measureLabel })
        : null,
    [lanes, domain, size],
  );
  const gestures = useAxisGestures(svgRef, plot, size.width, setDomain, layout);

  // Focus follows the selection while the axis has focus, so a screen reader reads the new event.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !selectedId || !svg.contains(document.activeElement)) return;
    svg.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(selectedId)}"]`)?.focus();
  }, [svgRef, selectedId, layout]);

  const index = selectedId ? events.findIndex((axisEvent) => axisEvent.event.id === selectedId) : -1;
  const selected = events[index];

  const activate = (target: Element): boolean => {
    const count = target.closest<SVGElement>('[data-count]')?.dataset.count;
    if (count && layout) {
      const [lane, at] = count.split(':').map(Number);
      const placed = layout.lanes[lane ?? -1]?.counts[at ?? -1];
      if (placed) setDomain((current) => domainAround(placed.extents, current));
      return true;
    }
    const id = target.closest<SVGElement>('[data-event-id]')?.dataset.eventId as EventId | undefined;
    if (!id) return false;
    if (id === selectedId && selected) void openSelected(selected.event);
    else selectEvent(id);
    return true;
  };

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    if (gestures.takeDragClick()) return;
    const target = event.target as Element;
    const id = target.closest<SVGElement>('[data-event-id]')?.dataset.eventId as EventId | undefined;
    // A click selects; opening is Enter or the details card's passages.
    if (id) selectEvent(id);
    else activate(target);
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = (to: AxisEvent | undefined) => {
      if (to) selectEvent(to.event.id);
    };
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight': {
        const forward = event.key === 'ArrowRight';
        if (selected && !event.shiftKey) step(events[index + (forward ? 1 : -1)]);
        else pan(forward ? PAN_STEP : -PAN_STEP);
        break;
      }
      case 'Home':
        step(events[0]);
        break;
      case 'End':
        step(events.at(-1));
        break;
      case 'Enter':
      case ' ':
        if (activate(event.target as Element)) break;
        if (selected) void openSelected(selected.event);
        else step(events.find((axisEvent) => inView(axisEvent, domain)) ?? events[0]);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const firstMark = layout?.lanes.find((lane) => lane.marks.length > 0)?.marks[0];
  const tabbableId = selectedId ?? firstMark?.axisEvent.event.id ?? null;
  const selectedCounted = (ids: EventId[]) => selectedId !== null && ids.includes(selectedId);
  return (
    <div className="axis-scroll" ref={container}>
      {layout ? (
        <svg
          ref={svgRef}
          className="axis-svg"
          role="application"
          aria-roledescription="timeline"
          aria-label={`Timeline axis: ${events.length} ${events.length === 1 ? 'event' : 'events'}`}
          aria-describedby="axis-keys-help"
          tabIndex={0}
          width={size.width}
          height={layout.height}
          viewBox={`0 0 ${size.width} ${layout.height}`}
          fontFamily={AXIS_FONT}
          data-content-height={layout.contentHeight}
          onClick={onClick}
          onKeyDown={onKeyDown}
          onPointerDown={gestures.onPointerDown}
          onPointerMove={gestures.onPointerMove}
          onPointerUp={gestures.onPointerUp}
          onPointerCancel={gestures.onPointerCancel}
        >
          <AxisDefs />
          <rect width={size.width} height={layout.height} fill={AXIS_COLORS.background} />
          <LaneBands lanes={layout.lanes} width={size.width} colors={laneColors} />
          <g ref={plot}>
            <AxisTicks domain={domain} width={size.width} height={layout.height} />
            {layout.lanes.map((lane, laneIndex) => (
              <g key={lane.id} className="axis-lane" data-lane={lane.name || undefined}>
                {lane.marks.map((mark) => (
                  <AxisMark
                    key={mark.axisEvent.event.id}
                    mark={mark}
                    selected={mark.axisEvent.event.id === selectedId}
                    tabbable={mark.axisEvent.event.id === tabbableId}
                  />
                ))}
                {lane.counts.map((count, at) => (
                  <AxisCount
                    key={`${count.x}`}
                    count={count}
                    id={`${laneIndex}:${at}`}
                    selected={selectedCounted(count.ids)}
                  />
                ))}
              </g>
            ))}
          </g>
          <LaneNames lanes={layout.lanes} colors={laneColors} />
        </svg>
      ) : null}
      <p id="axis-keys-help" className="visually-hidden">
        Left and right arrows move between events, or pan when none is selected; Home and End go to the first and last;
        Enter opens the selected event&apos;s passage; plus and minus zoom; 0 fits all; Escape clears the selection.
      </p>
    </div>
  );
}
