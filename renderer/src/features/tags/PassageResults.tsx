/** The passages a matrix cell, a pair or "A and not B" asked for; each opens in the reader at its quote. */
import type { GradeThreshold } from '../../../../electron/contract';
import { PassageButton } from '../../components/PassageButton';
import { openPassage } from '../../navigation/navigation';
import { usePassages, type PassageQuery } from './codebook-queries';

interface Props {
  query: PassageQuery;
  threshold: GradeThreshold;
  onClose: () => void;
}

export function PassageResults({ query, threshold, onClose }: Props) {
  const passages = usePassages(query, threshold);
  const graded = Boolean(threshold.reliability || threshold.credibility);
  return (
    <section className="tag-results" aria-label={`Passages: ${query.title}`}>
      <header className="tag-results-header">
        <h3 className="panel-subtitle">
          {query.title} <span className="count">{passages?.length ?? ''}</span>
        </h3>
        <button type="button" className="button-icon" aria-label="Close the passage list" onClick={onClose}>
          ×
        </button>
      </header>
      {passages === null ? (
        <p className="panel-hint">Loading…</p>
      ) : passages.length === 0 ? (
        <p className="panel-hint">
          No passages{graded ? ' at or above the chosen grade; lower the threshold to see more' : ''}.
        </p>
      ) : (
        <ul className="passage-list">
          {passages.map((passage) => (
            <li key={passage.highlight.id}>
              <PassageButton
                quote={passage.highlight.quote}
                color={passage.highlight.color}
                source={passage.documentTitle}
                note={passage.highlight.note}
                grade={passage.highlight}
                tags={passage.highlight.tags}
                onOpen={() => void openPassage(passage, { select: true })}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
