/**
 * A side pane's width, chosen by dragging its splitter and remembered across sessions in
 * localStorage. What is stored is only ever a preference: it is clamped on the way in and out, so
 * a hand-edited or stale value cannot hide a pane or swallow the reader.
 */
import { useCallback, useEffect, useState } from 'react';

export interface PaneLimits {
  initial: number;
  min: number;
  max: number;
}

export const clampSize = (value: number, min: number, max: number): number =>
  Math.round(Math.min(Math.max(value, min), Math.max(min, max)));

const storageKey = (name: string): string => `dossier.layout.${name}-width`;

function readStored(name: string, limits: PaneLimits): number {
  try {
    const stored = Number(localStorage.getItem(storageKey(name)));
    return stored > 0 ? clampSize(stored, limits.min, limits.max) : limits.initial;
  } catch {
    // Storage can be disabled (a locked-down profile): fall back to the default width.
    return limits.initial;
  }
}

export function usePaneSize(name: string, limits: PaneLimits): [number, (width: number) => void] {
  const [width, setWidth] = useState(() => readStored(name, limits));
  const { min, max } = limits;
  const set = useCallback(
    (next: number) => {
      const clamped = clampSize(next, min, max);
      setWidth(clamped);
      try {
        localStorage.setItem(storageKey(name), String(clamped));
      } catch {
        // Not remembered this time; the pane still resizes.
      }
    },
    [name, min, max],
  );
  return [width, set];
}

/** The window's inner width, updated as it is resized. */
export function useViewportWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}
