/**
 * The project's passages beside the judgments, filtered as you type: drag one onto a judgment to
 * cite it there (the "Cite passage…" picker does the same from the keyboard).
 */
import { useMemo, useState } from 'react';
import { plural } from '../../lib/plural';
import { passageMatches, type BriefPassage } from './brief-passages';
import { startPassageDrag } from './dragged-passage';
import { PassageSummary } from './PassageSummary';

const SHOWN = 80;

export function PassageList({ passages }: { passages: readonly BriefPassage[] }) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => passages.filter((p) => passageMatches(p, query)), [passages, query]);
  return (
    <section className="brief-card" aria-labelledby="brief-passages-title">
      <h3 id="brief-passages-title">
        Passages <span className="count">{passages.length}</span>
      </h3>
      {passages.length === 0 ? (
        <p className="panel-hint">Highlight passages in the reader (select text, press H) to cite them here.</p>
      ) : (
        <>
          <p className="panel-hint">Drag a passage onto a judgment to cite it.</p>
          <input
            type="search"
            aria-label="Filter passages to cite"
            placeholder="Filter by quote, document, note or tag"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </>
      )}
      <ul className="brief-passage-list" aria-label="Passages to cite">
        {matches.slice(0, SHOWN).map((passage) => (
          <li
            key={passage.highlightId}
            draggable
            aria-label={`Passage: ${passage.quote}`}
            onDragStart={(event) => startPassageDrag(event, passage.highlightId, passage.quote)}
          >
            <PassageSummary passage={passage} />
          </li>
        ))}
      </ul>
      {matches.length > SHOWN ? (
        <p className="panel-hint">
          {SHOWN} of {plural(matches.length, 'passage')} shown; type to narrow.
        </p>
      ) : matches.length === 0 && passages.length > 0 ? (
        <p className="panel-hint">No passage matches.</p>
      ) : null}
    </section>
  );
}
