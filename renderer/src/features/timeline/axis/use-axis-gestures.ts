/**
 * Mouse and trackpad on the axis. The wheel zooms around the pointer (a pinch arrives as a wheel
 * with ctrlKey, in finer steps), a sideways scroll pans; wheel steps are summed and applied once
 * per animation frame. Dragging pans: while the pointer moves only the drawing's group is
 * translated (no React work); the domain changes once, on release.
 */
import { useEffect, useLayoutEffect, useRef, type PointerEvent, type RefObject } from 'react';
import { panBy, zoomAround, type Domain } from './axis-domain';

/** Pixels a press may move and still be a click. */
const DRAG_THRESHOLD = 4;
const WHEEL_ZOOM = 0.0015;
const PINCH_ZOOM = 0.01;
const LINE_PIXELS = 16;

interface Drag {
  pointerId: number;
  x: number;
  dx: number;
  moved: boolean;
}

export interface AxisGestures {
  onPointerDown: (event: PointerEvent<SVGSVGElement>) => void;
  onPointerMove: (event: PointerEvent<SVGSVGElement>) => void;
  onPointerUp: (event: PointerEvent<SVGSVGElement>) => void;
  onPointerCancel: () => void;
  /** True once after a drag, so the click that ends it selects nothing. */
  takeDragClick: () => boolean;
}

export function useAxisGestures(
  svg: RefObject<SVGSVGElement | null>,
  plot: RefObject<SVGGElement | null>,
  width: number,
  setDomain: (update: (domain: Domain) => Domain) => void,
  /** Changes whenever the drawing is laid out anew: the drag's translation is dropped then. */
  layoutKey: unknown,
): AxisGestures {
  const drag = useRef<Drag | null>(null);
  const dragged = useRef(false);

  useEffect(() => {
    const element = svg.current;
    if (!element || width <= 0) return;
    let frame = 0;
    let factor = 1;
    let shift = 0;
    let at = 0.5;
    const apply = () => {
      frame = 0;
      const [zoomBy, panPixels, anchor] = [factor, shift, at];
      factor = 1;
      shift = 0;
      setDomain((current) => {
        const span = current[1] - current[0];
        const panned = panPixels === 0 ? current : panBy(current, (panPixels / width) * span);
        return zoomBy === 1 ? panned : zoomAround(panned, zoomBy, panned[0] + anchor * span);
      });
    };
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const unit = event.deltaMode === 1 ? LINE_PIXELS : event.deltaMode === 2 ? width : 1;
      if (!event.ctrlKey && Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        shift += event.deltaX * unit;
      } else {
        factor *= Math.exp(event.deltaY * unit * (event.ctrlKey ? PINCH_ZOOM : WHEEL_ZOOM));
        at = Math.min(1, Math.max(0, (event.clientX - element.getBoundingClientRect().left) / width));
      }
      frame ||= requestAnimationFrame(apply);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      element.removeEventListener('wheel', onWheel);
      cancelAnimationFrame(frame);
    };
  }, [svg, width, setDomain]);

  // The new layout is drawn where the drag left the old one: the translation goes before paint.
  useLayoutEffect(() => {
    plot.current?.removeAttribute('transform');
  }, [plot, layoutKey]);

  const end = (commit: boolean) => {
    const state = drag.current;
    drag.current = null;
    if (!state?.moved) return;
    dragged.current = true;
    if (svg.current?.hasPointerCapture(state.pointerId)) svg.current.releasePointerCapture(state.pointerId);
    if (commit && state.dx !== 0)
      setDomain((current) => panBy(current, (-state.dx / width) * (current[1] - current[0])));
    else plot.current?.removeAttribute('transform');
  };

  return {
    onPointerDown(event) {
      dragged.current = false;
      if (event.button !== 0 || width <= 0) return;
      drag.current = { pointerId: event.pointerId, x: event.clientX, dx: 0, moved: false };
    },
    onPointerMove(event) {
      const state = drag.current;
      if (!state || state.pointerId !== event.pointerId) return;
      state.dx = event.clientX - state.x;
      if (!state.moved && Math.abs(state.dx) < DRAG_THRESHOLD) return;
      if (!state.moved) {
        // Captured only once it is a drag: a capture from the press would steal the click from the mark.
        state.moved = true;
        event.currentTarget.setPointerCapture(event.pointerId);
      }
      plot.current?.setAttribute('transform', `translate(${state.dx} 0)`);
    },
    onPointerUp: () => end(true),
    onPointerCancel: () => end(false),
    takeDragClick() {
      const was = dragged.current;
      dragged.current = false;
      return was;
    },
  };
}
