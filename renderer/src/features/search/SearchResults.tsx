/** Ranked hits under the search box, each with its snippet and the matched words marked. */
import type { SearchSnippet } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { plural } from '../../lib/plural';
import { openHit } from './search-service';

function Snippet({ snippet }: { snippet: SearchSnippet }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of [...snippet.marks].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) parts.push(<span key={`t${at}`}>{snippet.text.slice(at, start)}</span>);
    parts.push(<mark key={`m${start}`}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < snippet.text.length) parts.push(<span key={`t${at}`}>{snippet.text.slice(at)}</span>);
  return <span className="hit-snippet">…{parts}…</span>;
}

export function SearchResults() {
  const hits = useAppStore((s) => s.hits);
  const total = useAppStore((s) => s.total);
  const activeIndex = useAppStore((s) => s.activeIndex);
  return (
    <div className="search-popover">
      <p className="search-count" aria-live="polite">
        {plural(total, 'document')}
      </p>
      <ul id="search-results" role="listbox" aria-label="Search results">
        {hits.map((hit, index) => (
          <li
            key={hit.documentId}
            id={`search-hit-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className="search-hit-item"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void openHit(index)}
          >
            <span className="hit-title">{hit.title}</span>
            {hit.snippet ? <Snippet snippet={hit.snippet} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
