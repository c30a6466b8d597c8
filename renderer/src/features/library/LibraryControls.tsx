/**
 * Sort and filter for the library list. Native selects, so each is one labelled control that the
 * keyboard and screen readers already know; every filter choice says how many documents it shows.
 */
import { useId, useState } from 'react';
import type { DocumentFormat } from '../../../../electron/contract';
import {
  activeFilterCount,
  NONE,
  type FilterChoice,
  type FilterCounts,
  type FilterGroup,
  type LibraryFilters,
  type LibraryQuery,
  type SortDirection,
  type SortKey,
} from './library-query';

const SORTS: { value: `${SortKey}:${SortDirection}`; label: string }[] = [
  { value: 'imported:desc', label: 'Imported, newest first' },
  { value: 'imported:asc', label: 'Imported, oldest first' },
  { value: 'title:asc', label: 'Title, A–Z' },
  { value: 'title:desc', label: 'Title, Z–A' },
  { value: 'published:desc', label: 'Published, newest first' },
  { value: 'published:asc', label: 'Published, oldest first' },
  { value: 'source:asc', label: 'Source, A–Z' },
  { value: 'source:desc', label: 'Source, Z–A' },
];

const FORMAT_NAMES: Record<DocumentFormat, string> = {
  text: 'Plain text',
  markdown: 'Markdown',
  html: 'HTML',
  pdf: 'PDF',
  docx: 'Word',
};

const GROUPS: { group: FilterGroup; label: string; any: string; name: (value: string) => string }[] = [
  { group: 'format', label: 'Format', any: 'Any format', name: (v) => FORMAT_NAMES[v as DocumentFormat] ?? v },
  { group: 'tag', label: 'Tag', any: 'Any tag', name: (v) => v },
  { group: 'grade', label: 'Grade', any: 'Any grade', name: (v) => (v === NONE ? 'Ungraded' : `Reliability ${v}`) },
  { group: 'source', label: 'Source', any: 'Any source', name: (v) => (v === NONE ? 'No source' : v) },
  {
    group: 'highlights',
    label: 'Highlights',
    any: 'With or without highlights',
    name: (v) => ({ has: 'Has highlights', none: 'No highlights', review: 'Needs review' })[v] ?? v,
  },
];

interface Props {
  query: LibraryQuery;
  counts: FilterCounts;
  onChange: (query: LibraryQuery) => void;
}

export function LibraryControls({ query, counts, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const active = activeFilterCount(query.filters);
  const setFilter = (group: FilterGroup, value: string) => {
    const filters: LibraryFilters = { ...query.filters };
    // The select's "any" option has no value of its own; "" is the "none" choice (ungraded, no source).
    if (value === ANY) delete filters[group];
    else (filters as Record<FilterGroup, string>)[group] = value.slice(1);
    onChange({ ...query, filters });
  };
  return (
    <div className="library-controls">
      <div className="library-controls-row">
        <label className="library-sort">
          <span>Sort</span>
          <select
            value={`${query.sort}:${query.direction}`}
            onChange={(event) => {
              const [sort, direction] = event.target.value.split(':') as [SortKey, SortDirection];
              onChange({ ...query, sort, direction });
            }}
          >
            {SORTS.map((sort) => (
              <option key={sort.value} value={sort.value}>
                {sort.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button-quiet library-filter-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {active > 0 ? `Filters (${active})` : 'Filters'}
        </button>
      </div>
      <div id={panelId} className="library-filters" role="group" aria-label="Filters" hidden={!open}>
        {GROUPS.map(({ group, label, any, name }) => (
          <FilterSelect
            key={group}
            label={label}
            any={any}
            choices={counts[group]}
            name={name}
            value={query.filters[group]}
            onChange={(value) => setFilter(group, value)}
          />
        ))}
        {active > 0 ? (
          <button type="button" className="button-quiet" onClick={() => onChange({ ...query, filters: {} })}>
            Clear filters
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** Option values carry a one-character prefix so the "none" value ("") stays apart from "any". */
const ANY = 'any';
const choiceValue = (value: string) => `=${value}`;

function FilterSelect(props: {
  label: string;
  any: string;
  choices: FilterChoice[];
  name: (value: string) => string;
  value: string | undefined;
  onChange: (value: string) => void;
}) {
  const { label, any, choices, name, value, onChange } = props;
  return (
    <label className="library-filter">
      <span>{label}</span>
      <select value={value === undefined ? ANY : choiceValue(value)} onChange={(event) => onChange(event.target.value)}>
        <option value={ANY}>{any}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choiceValue(choice.value)}>
            {`${name(choice.value)} (${choice.count})`}
          </option>
        ))}
      </select>
    </label>
  );
}
