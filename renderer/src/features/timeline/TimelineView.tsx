/**
 * The timeline as a main view beside the reader: a horizontal time axis of the filtered events
 * (the same set as the list panel), with zoom, fit all, lanes, export, and a card for the selected
 * event. The drawing and its interactions live in `axis/`.
 */
import { useMemo, useRef, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { useAppStore } from '../../store/app-store';
import type { LaneMode } from './axis/axis-lanes';
import { toAxisEvents } from './axis/axis-events';
import { backToReader } from './axis/axis-selection';
import { EventDetails } from './axis/EventDetails';
import { exportAxis, type ExportFormat } from './axis/export-axis';
import { TimelineAxis } from './axis/TimelineAxis';
import { useAxisDomain } from './axis/use-axis-domain';
import { useViewKeys, ZOOM_STEP } from './axis/use-view-keys';
import { TimelineFilterBar, useFilteredTimeline } from './timeline-filter';
import './axis/timeline-axis.css';
import { BackToReader } from '../../components/BackToReader';

export function TimelineView() {
  const filtered = useFilteredTimeline();
  const total = useAppStore((s) => s.timeline.length);
  const selectedEvent = useAppStore((s) => s.selectedEvent);
  const events = useMemo(() => toAxisEvents(filtered), [filtered]);
  const [laneMode, setLaneMode] = useState<LaneMode>('none');
  const axis = useAxisDomain(events, selectedEvent);
  const svg = useRef<SVGSVGElement>(null);
  const selected = filtered.find((event) => event.id === selectedEvent?.id) ?? null;
  const onKeyDown = useViewKeys(axis, events, selected?.id ?? null);
  const empty = events.length === 0;

  const exportAs = (format: ExportFormat) => {
    if (svg.current) void exportAxis(svg.current, axis.domain, format);
  };

  return (
    <main className="timeline-view" aria-label="Timeline view" onKeyDown={onKeyDown}>
      <header className="timeline-view-header">
        <BackToReader onBack={backToReader} />
        <h2 className="timeline-view-title">
          Timeline <span className="count">{events.length}</span>
        </h2>
        <div className="timeline-view-tools" role="toolbar" aria-label="Timeline view">
          <button type="button" onClick={axis.fitAll} disabled={empty} title="Fit all (0)">
            Fit all
          </button>
          <button
            type="button"
            onClick={() => axis.zoom(ZOOM_STEP)}
            disabled={empty}
            aria-label="Zoom out"
            title="Zoom out (−)"
          >
            −
          </button>
          <button
            type="button"
            onClick={() => axis.zoom(1 / ZOOM_STEP)}
            disabled={empty}
            aria-label="Zoom in"
            title="Zoom in (+)"
          >
            +
          </button>
          <label className="timeline-lanes">
            Lanes
            <select value={laneMode} onChange={(event) => setLaneMode(event.target.value as LaneMode)}>
              <option value="none">None</option>
              <option value="tag">By tag</option>
              <option value="document">By document</option>
            </select>
          </label>
          <button type="button" onClick={() => exportAs('svg')} disabled={empty}>
            Export SVG
          </button>
          <button type="button" onClick={() => exportAs('png')} disabled={empty}>
            Export PNG
          </button>
        </div>
      </header>
      <TimelineFilterBar collapsible />
      {total === 0 ? (
        <EmptyState title="No events yet">
          Select text in the reader, highlight it and choose “Add to timeline…”: the event appears here on the axis.
        </EmptyState>
      ) : empty ? (
        <EmptyState title="No events match the filters">
          Change or clear the filters above to see events on the axis.
        </EmptyState>
      ) : (
        <TimelineAxis events={events} laneMode={laneMode} axis={axis} selectedId={selected?.id ?? null} svgRef={svg} />
      )}
      {selected ? <EventDetails event={selected} /> : null}
    </main>
  );
}
