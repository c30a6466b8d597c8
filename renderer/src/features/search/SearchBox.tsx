/**
 * The one search box: grouped results appear under it as you type; the arrow keys move across
 * every group, Enter opens the hit, Escape closes the list and puts focus back where the analyst
 * was (a second Escape, with the list closed, also clears the box). Under it: the index's status
 * while it warms up or indexes, how the query was read, and the "?" help.
 */
import { useRef, type FocusEvent, type KeyboardEvent } from 'react';
import type { SearchStatus } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { openHit, setQuery, toggleSearchHelp } from './search-service';
import { allHits } from './search-sections';
import { SearchHelp } from './SearchHelp';
import { SearchResults } from './SearchResults';
import './search.css';

function statusLine(status: SearchStatus | null): string | null {
  if (!status || status.state === 'ready') return null;
  if (status.message) return status.message;
  return status.state === 'warming'
    ? 'Search is warming up — results may be incomplete'
    : `Indexing documents (${status.indexed} of ${status.total}) — results may be incomplete`;
}

export function SearchBox() {
  const query = useAppStore((s) => s.query);
  const open = useAppStore((s) => s.searchOpen);
  const results = useAppStore((s) => s.results);
  const error = useAppStore((s) => s.searchError);
  const status = useAppStore((s) => statusLine(s.searchStatus));
  const helpOpen = useAppStore((s) => s.searchHelpOpen);
  const activeIndex = useAppStore((s) => s.activeIndex);
  const setActiveIndex = useAppStore((s) => s.setActiveIndex);
  const closeSearch = useAppStore((s) => s.closeSearch);
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const helpButton = useRef<HTMLButtonElement>(null);
  /** Where focus was before the box took it, to go back to on Escape. */
  const returnTo = useRef<HTMLElement | null>(null);

  const leave = () => {
    const target = returnTo.current;
    returnTo.current = null;
    if (target?.isConnected) target.focus({ preventScroll: true });
    else input.current?.blur();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = allHits(results).length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return useAppStore.setState({ searchOpen: query.trim() !== '' });
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (count) setActiveIndex((activeIndex + step + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void openHit(activeIndex);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (!open) setQuery('');
      closeSearch();
      leave();
    }
  };

  const onFocus = (event: FocusEvent<HTMLInputElement>) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !root.current?.contains(from)) returnTo.current = from;
    useAppStore.setState((state) => ({ searchOpen: state.query.trim() !== '', searchHelpOpen: false }));
  };

  const onBlur = (event: FocusEvent<HTMLInputElement>) => {
    if (!root.current?.contains(event.relatedTarget)) closeSearch();
  };

  const showList = open && query.trim() !== '';
  const hasHits = showList && !error && allHits(results).length > 0;
  return (
    <div className="search" role="search" ref={root}>
      <div className="search-row">
        <label htmlFor="search-box" className="visually-hidden">
          Search
        </label>
        <input
          ref={input}
          id="search-box"
          type="search"
          placeholder="Search the library  ( / )"
          autoComplete="off"
          role="combobox"
          aria-expanded={showList}
          aria-controls="search-results"
          aria-activedescendant={hasHits ? `search-hit-${activeIndex}` : undefined}
          aria-describedby={status ? 'search-status' : undefined}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={onBlur}
        />
        <button
          ref={helpButton}
          type="button"
          className="search-help-button"
          aria-label="Search help"
          aria-expanded={helpOpen}
          aria-controls={helpOpen ? 'search-help' : undefined}
          title="Search syntax"
          onClick={() => toggleSearchHelp()}
        >
          ?
        </button>
      </div>
      <div className="search-under">
        {status ? (
          <p id="search-status" className="search-status" role="status">
            {status}
          </p>
        ) : null}
        {error ? <p className="search-error">{error}</p> : null}
        {showList && !error && !helpOpen ? <SearchResults /> : null}
        {helpOpen ? <SearchHelp opener={helpButton} onExample={() => input.current?.focus()} /> : null}
      </div>
    </div>
  );
}
