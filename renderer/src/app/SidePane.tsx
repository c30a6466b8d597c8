/**
 * A side column (the library on the left, the context panel on the right). In a wide window it
 * sits beside the reader with a splitter on its inner edge; in a narrow one it becomes a drawer
 * over the reader, opened from the top bar (or Ctrl+B / Ctrl+J) and closed with Escape, which
 * hands focus back to the toggle. Closed drawers are not displayed, so they hold no Tab stops.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { closeDrawer, paneId, useLayoutStore, type DrawerId } from './layout-store';
import { Splitter } from './Splitter';

interface SidePaneProps {
  id: DrawerId;
  /** The splitter's accessible name, e.g. "Resize library". */
  resizeLabel: string;
  width: number;
  min: number;
  max: number;
  onResize: (width: number) => void;
  children: ReactNode;
}

/** Where focus lands in an opened drawer: the library's list or the panel's current tab, else the first control. */
const PREFERRED = '[role="listbox"][tabindex="0"], [role="tab"][aria-selected="true"]';
const FOCUSABLE = 'button:not([disabled]), input:not([type=hidden]), select, textarea, [tabindex="0"]';

export function SidePane({ id, resizeLabel, width, min, max, onResize, children }: SidePaneProps) {
  const narrow = useLayoutStore((s) => s.narrow);
  const open = useLayoutStore((s) => s.drawer === id);
  const focusInside = useLayoutStore((s) => s.focusDrawer);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!narrow || !open || !focusInside || !root.current) return;
    const target =
      root.current.querySelector<HTMLElement>(PREFERRED) ?? root.current.querySelector<HTMLElement>(FOCUSABLE);
    target?.focus();
  }, [narrow, open, focusInside]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!narrow || event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    closeDrawer({ returnFocus: true });
  };

  return (
    <div
      id={paneId(id)}
      ref={root}
      className={`pane pane-${id}`}
      data-drawer={narrow ? (open ? 'open' : 'closed') : undefined}
      onKeyDown={onKeyDown}
    >
      {children}
      {narrow ? null : (
        <Splitter
          label={resizeLabel}
          controls={paneId(id)}
          edge={id === 'library' ? 'right' : 'left'}
          value={width}
          min={min}
          max={max}
          onChange={onResize}
        />
      )}
    </div>
  );
}
