/**
 * The Brief view's export buttons: the brief as Markdown, HTML or Word — built from the same input
 * as the preview on screen — and the data exports beside it (passages, timeline, annotations).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { BriefFormat } from '../../../../electron/contract';
import { exportBrief, exportData, type ComposedBrief, type DataExport } from './brief-export';

const BRIEF_FORMATS: { format: BriefFormat; label: string; title: string }[] = [
  { format: 'md', label: 'Markdown', title: 'Export the brief as Markdown (.md)' },
  { format: 'html', label: 'HTML', title: 'Export the brief as a self-contained, printable web page (.html)' },
  { format: 'docx', label: 'Word', title: 'Export the brief as a Word document with real footnotes (.docx)' },
];

const DATA_EXPORTS: { input: DataExport; label: string }[] = [
  { input: { kind: 'passages', format: 'csv' }, label: 'Passages (CSV)' },
  { input: { kind: 'passages', format: 'json' }, label: 'Passages (JSON)' },
  { input: { kind: 'timeline', format: 'csv' }, label: 'Timeline (TimelineJS CSV)' },
  { input: { kind: 'timeline', format: 'json' }, label: 'Timeline (JSON)' },
  { input: { kind: 'annotations', format: 'json' }, label: 'All annotations (JSON)' },
];

export function ExportBar({
  composed,
  beforeExport,
}: {
  composed: ComposedBrief | null;
  beforeExport: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  useCloseOnOutsideClick(menu);
  const run = async (job: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await beforeExport();
      await job();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="brief-export" role="toolbar" aria-label="Export">
      <span className="brief-export-label">Export</span>
      {BRIEF_FORMATS.map(({ format, label, title }) => (
        <button
          key={format}
          type="button"
          className={format === 'md' ? 'button-primary' : undefined}
          title={title}
          disabled={busy || !composed}
          onClick={() => composed && void run(() => exportBrief(composed, format))}
        >
          {label}
        </button>
      ))}
      <details
        ref={menu}
        className="brief-data-menu"
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !menu.current?.open) return;
          event.preventDefault();
          menu.current.open = false;
          menu.current.querySelector('summary')?.focus();
        }}
      >
        <summary>Data</summary>
        <div className="brief-data-items">
          {DATA_EXPORTS.map(({ input, label }) => (
            <button
              key={label}
              type="button"
              disabled={busy}
              onClick={() => {
                if (menu.current) menu.current.open = false;
                void run(() => exportData(input));
              }}
            >
              {label}
            </button>
          ))}
        </div>
      </details>
    </div>
  );
}

/** A menu made of <details> closes when the analyst clicks anywhere else, as menus do. */
function useCloseOnOutsideClick(menu: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const details = menu.current;
      if (details?.open && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [menu]);
}
