/**
 * The contextual panel for the selected highlight, or the open document's highlights when none is.
 * Highlights a new version of the document could not place are listed apart, under "Needs review".
 */
import type { Highlight } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { EmptyState } from '../../components/EmptyState';
import { HighlightEditor } from './HighlightEditor';
import { deleteHighlight } from './highlight-service';
import { PassageButton } from '../../components/PassageButton';

export function HighlightPanel() {
  const doc = useAppStore((s) => s.doc);
  const selectedId = useAppStore((s) => s.selectedHighlightId);
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
  const anchored = highlights.filter((h) => h.status === 'anchored');
  const review = highlights.filter((h) => h.status === 'needs_review');
  return (
    <>
      {anchored.length ? <PassageList label="Highlights in this document" highlights={anchored} /> : null}
      {review.length ? (
        <section className="needs-review" aria-labelledby="needs-review-heading">
          <h3 id="needs-review-heading">Needs review</h3>
          <p className="needs-review-hint">
            The new version of this document no longer has these passages in a place Dossier can be sure of.
          </p>
          <PassageList label="Highlights that need review" highlights={review} deletable />
        </section>
      ) : null}
    </>
  );
}

function PassageList({
  label,
  highlights,
  deletable = false,
}: {
  label: string;
  highlights: readonly Highlight[];
  deletable?: boolean;
}) {
  const selectHighlight = useAppStore((s) => s.selectHighlight);
  return (
    <ul className="passage-list" aria-label={label}>
      {highlights.map((h) => (
        <li key={h.id} className={deletable ? 'passage-with-action' : undefined}>
          <PassageButton
            quote={h.quote}
            color={h.color}
            note={h.note}
            grade={h}
            tags={h.tags}
            onOpen={() => selectHighlight(h.id)}
          />
          {deletable ? (
            <button
              type="button"
              className="button-danger"
              aria-label={`Delete highlight “${h.quote}”`}
              onClick={() => void deleteHighlight(h.id)}
            >
              Delete
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
