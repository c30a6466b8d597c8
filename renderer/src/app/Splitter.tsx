/**
 * The handle on a side pane's inner edge (WAI-ARIA window splitter): drag it, or focus it and use
 * ←/→ (Shift for bigger steps), Home and End. Its value is the pane's width in pixels.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { clampSize } from './use-pane-size';

const STEP = 16;
const BIG_STEP = 64;

interface SplitterProps {
  label: string;
  /** The id of the pane it resizes. */
  controls: string;
  /** Which edge of the pane the handle sits on: dragging away from the pane widens it. */
  edge: 'right' | 'left';
  value: number;
  min: number;
  max: number;
  onChange: (width: number) => void;
}

export function Splitter({ label, controls, edge, value, min, max, onChange }: SplitterProps) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  // A handle on the pane's right edge widens it moving right; on its left edge, moving left.
  const direction = edge === 'right' ? 1 : -1;
  const set = (width: number) => onChange(clampSize(width, min, max));

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const moves: Record<string, number | undefined> = {
      ArrowRight: value + step * direction,
      ArrowLeft: value - step * direction,
      Home: min,
      End: max,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    set(next);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width: value };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) set(drag.current.width + (event.clientX - drag.current.x) * direction);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
  };

  return (
    <div
      className={`splitter splitter-${edge}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={`${value} pixels wide`}
      tabIndex={0}
      title={`${label}: drag, or focus and use ← →`}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    />
  );
}
