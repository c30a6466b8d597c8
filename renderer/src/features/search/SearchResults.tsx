/**
 * Hits under the search box, in sections — documents, highlights and notes, tags, timeline
 * events — each hit with its matched words marked. One listbox holds them all, so the arrow
 * keys move across sections; each section is a labelled group.
 */
import { useEffect } from 'react';
import { plural } from '../../lib/plural';
import { useAppStore } from '../../store/app-store';
import { MarkedText } from './MarkedText';
import { openHit } from './search-service';
import { searchSections, type AnyHit } from './search-sections';

function HitBody({ item }: { item: AnyHit }) {
  switch (item.kind) {
    case 'document': {
      const { hit } = item;
      return (
        <>
          <span className="hit-title">{hit.title}</span>
          {hit.snippet ? (
            <span className="hit-snippet">
              …<MarkedText text={hit.snippet.text} marks={hit.snippet.marks} />…
            </span>
          ) : null}
        </>
      );
    }
    case 'highlight': {
      const { hit } = item;
      return (
        <span className={`hit-passage edge-${hit.color}`}>
          <MarkedText className="hit-quote" {...hit.quote} />
          {hit.note ? <MarkedText className="hit-note" {...hit.note} /> : null}
          <span className="hit-meta">
            {hit.documentTitle}
            {hit.tags.length ? ` · ${hit.tags.join(', ')}` : ''}
          </span>
        </span>
      );
    }
    case 'tag': {
      const { hit } = item;
      return (
        <span className="hit-tag">
          <MarkedText className="tag-chip" text={hit.name} marks={hit.marks} />
          <span className="hit-meta">{plural(hit.count, 'passage')}</span>
        </span>
      );
    }
    case 'event': {
      const { hit } = item;
      return (
        <>
          <span className="hit-date">{hit.dateLabel}</span>
          <MarkedText className="hit-title" {...hit.title} />
          {hit.description ? <MarkedText className="hit-snippet" {...hit.description} /> : null}
        </>
      );
    }
  }
}

const keyOf = (item: AnyHit): string => {
  switch (item.kind) {
    case 'document':
      return item.hit.documentId;
    case 'highlight':
      return item.hit.highlightId;
    case 'tag':
      return `tag:${item.hit.name}`;
    case 'event':
      return item.hit.eventId;
  }
};

export function SearchResults() {
  const results = useAppStore((s) => s.results);
  const activeIndex = useAppStore((s) => s.activeIndex);
  const notice = useAppStore((s) => s.notice);
  const sections = searchSections(results);

  useEffect(() => {
    document.getElementById(`search-hit-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, results]);

  if (!results) return null;
  return (
    // Clicks in the list keep focus in the box, so the list stays open until a hit is chosen.
    <div className="search-popover" onMouseDown={(event) => event.preventDefault()}>
      {notice ? <p className="search-notice">{notice}</p> : null}
      {sections.length === 0 ? (
        <p className="search-empty" role="status">
          Nothing found
        </p>
      ) : null}
      <div id="search-results" role="listbox" aria-label="Search results">
        {sections.map((section) => (
          <div key={section.id} role="group" aria-labelledby={`search-group-${section.id}`}>
            <div id={`search-group-${section.id}`} role="presentation" className="search-group-title">
              {section.label} ({section.count})
            </div>
            {section.hits.map((item, offset) => {
              const index = section.firstIndex + offset;
              return (
                <div
                  key={keyOf(item)}
                  id={`search-hit-${index}`}
                  role="option"
                  aria-selected={index === activeIndex}
                  className={`search-hit-item search-hit-${item.kind}`}
                  onClick={() => void openHit(index)}
                >
                  <HitBody item={item} />
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
