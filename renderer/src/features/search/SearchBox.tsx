/**
 * The one search box: results appear under it as you type; arrow keys move, Enter opens the
 * reader at the first match, Escape closes the list (and a second Escape clears the box).
 */
import type { KeyboardEvent } from 'react';
import { useAppStore } from '../../store/app-store';
import { openHit, setQuery } from './search-service';
import { SearchResults } from './SearchResults';

export function SearchBox() {
  const query = useAppStore((s) => s.query);
  const open = useAppStore((s) => s.searchOpen);
  const hits = useAppStore((s) => s.hits);
  const error = useAppStore((s) => s.searchError);
  const activeIndex = useAppStore((s) => s.activeIndex);
  const setActiveIndex = useAppStore((s) => s.setActiveIndex);
  const closeSearch = useAppStore((s) => s.closeSearch);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return useAppStore.setState({ searchOpen: query.trim() !== '' });
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (hits.length) setActiveIndex((activeIndex + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void openHit(activeIndex);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open) closeSearch();
      else {
        setQuery('');
        event.currentTarget.blur();
      }
    }
  };

  const showList = open && query.trim() !== '';
  return (
    <div className="search" role="search">
      <label htmlFor="search-box" className="visually-hidden">
        Search
      </label>
      <input
        id="search-box"
        type="search"
        placeholder="Search the library  ( / )"
        autoComplete="off"
        role="combobox"
        aria-expanded={showList}
        aria-controls="search-results"
        aria-activedescendant={showList && hits.length ? `search-hit-${activeIndex}` : undefined}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => useAppStore.setState({ searchOpen: query.trim() !== '' })}
      />
      {error ? <p className="search-error">{error}</p> : null}
      {showList && !error ? <SearchResults /> : null}
    </div>
  );
}
