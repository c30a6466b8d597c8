/** The contextual panel for the selected highlight, or the open document's highlights when none is. */
import { useAppStore } from '../../store/app-store';
import { EmptyState } from '../../components/EmptyState';
import { HighlightEditor } from './HighlightEditor';

export function HighlightPanel() {
  const doc = useAppStore((s) => s.doc);
  const selectedId = useAppStore((s) => s.selectedHighlightId);
  const selectHighlight = useAppStore((s) => s.selectHighlight);
  const selected = doc?.highlights.find((h) => h.id === selectedId);
  if (selected) return <HighlightEditor key={selected.id} highlight={selected} />;
  const highlights = [...(doc?.highlights ?? [])].sort((a, b) => a.start - b.start);
  if (highlights.length === 0) {
    return (
      <EmptyState title="No highlights in this document">
        Select text in the reader, then pick a colour (or press H).
      </EmptyState>
    );
  }
  return (
    <ul className="passage-list" aria-label="Highlights in this document">
      {highlights.map((h) => (
        <li key={h.id}>
          <button type="button" className={`passage passage-${h.color}`} onClick={() => selectHighlight(h.id)}>
            <span className="passage-quote">{h.quote}</span>
            {h.note ? <span className="passage-note">{h.note}</span> : null}
          </button>
        </li>
      ))}
    </ul>
  );
}
