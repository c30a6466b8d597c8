/**
 * The timeline's filters: text, tag, document, source, a typed date range and a grade, with a count of the
 * events shown and "Clear filters". The list panel and the axis view each show one; both set the
 * same filters in the store. `collapsible` hides the fields behind a "Filters" button (the narrow panel).
 */
import { useId, useMemo, useState } from 'react';
import type { DocumentId } from '../../../../electron/contract';
import { plural } from '../../lib/plural';
import { useAppStore } from '../../store/app-store';
import type { TimelineFilter } from '../../store/timeline-filter-slice';
import { filterOptions, isFiltering, readRange } from './filter-events';
import { GradeFilter } from './GradeFilter';
import { useFilteredTimeline } from './use-filtered-timeline';
import './timeline-filter.css';

export function TimelineFilterBar({ collapsible = false }: { collapsible?: boolean }) {
  const total = useAppStore((s) => s.timeline.length);
  const filter = useAppStore((s) => s.timelineFilter);
  const clear = useAppStore((s) => s.clearTimelineFilter);
  const shown = useFilteredTimeline().length;
  const fieldsId = useId();
  const filtering = isFiltering(filter);
  const active = countActive(filter);
  // Filters in force are shown where they apply: a bar opened elsewhere starts open.
  const [open, setOpen] = useState(active > 0);

  return (
    <section className="timeline-filter-bar" aria-label="Timeline filters">
      <div className="timeline-filter-summary">
        {collapsible ? (
          <button type="button" aria-expanded={open} aria-controls={fieldsId} onClick={() => setOpen(!open)}>
            Filters{active > 0 ? ` (${active})` : ''}
          </button>
        ) : null}
        <p className="timeline-filter-count" role="status">
          {shown} of {plural(total, 'event')}
        </p>
        <button type="button" className="button-quiet" disabled={!filtering} onClick={clear}>
          Clear filters
        </button>
      </div>
      {!collapsible || open ? <FilterFields id={fieldsId} /> : null}
    </section>
  );
}

const countActive = (filter: TimelineFilter): number =>
  [filter.tag, filter.documentId, filter.source].filter((value) => value !== null).length +
  [filter.from, filter.to, filter.text].filter((value) => value.trim() !== '').length +
  [filter.reliability, filter.credibility].filter((value) => value !== null).length;

function FilterFields({ id }: { id: string }) {
  const timeline = useAppStore((s) => s.timeline);
  const documents = useAppStore((s) => s.documents);
  const filter = useAppStore((s) => s.timelineFilter);
  const set = useAppStore((s) => s.setTimelineFilter);
  const options = useMemo(() => filterOptions(timeline, documents), [timeline, documents]);
  const { fromError, toError } = readRange(filter);
  const textId = useId();
  const titleOf = (documentId: DocumentId) =>
    options.documents.find((doc) => doc.id === documentId)?.title ??
    documents.find((doc) => doc.id === documentId)?.title ??
    'Removed document';

  return (
    <div id={id} className="timeline-filter-fields">
      <div className="timeline-filter-field timeline-filter-text">
        <label htmlFor={textId}>Text</label>
        <input
          id={textId}
          type="search"
          value={filter.text}
          placeholder="Title, description or quote"
          onChange={(event) => set({ text: event.target.value })}
        />
      </div>
      <ChoiceField
        label="Tag"
        any="Any tag"
        value={filter.tag}
        choices={options.tags.map((tag) => ({ value: tag, label: tag }))}
        onChange={(tag) => set({ tag })}
      />
      <ChoiceField
        label="Document"
        any="Any document"
        value={filter.documentId}
        choices={options.documents.map((doc) => ({ value: doc.id, label: doc.title }))}
        labelOf={(value) => titleOf(value as DocumentId)}
        onChange={(documentId) => set({ documentId: documentId as DocumentId | null })}
      />
      <ChoiceField
        label="Source"
        any="Any source"
        value={filter.source}
        choices={options.sources.map((source) => ({ value: source, label: source }))}
        onChange={(source) => set({ source })}
      />
      <DateField label="From" value={filter.from} error={fromError} onChange={(from) => set({ from })} />
      <DateField label="To" value={filter.to} error={toError} onChange={(to) => set({ to })} />
      <GradeFilter />
    </div>
  );
}

interface ChoiceProps {
  label: string;
  any: string;
  value: string | null;
  choices: { value: string; label: string }[];
  labelOf?: (value: string) => string;
  onChange: (value: string | null) => void;
}

/** A select of the values the events offer; the chosen one stays listed even when no event offers it any more. */
function ChoiceField({ label, any, value, choices, labelOf = (v) => v, onChange }: ChoiceProps) {
  const listed = value === null || choices.some((choice) => choice.value === value);
  const id = useId();
  return (
    <div className="timeline-filter-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{any}</option>
        {listed ? null : <option value={value}>{labelOf(value)}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface DateProps {
  label: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
}

/** A typed range end; what cannot be read is marked once the analyst leaves the field or presses Enter. */
function DateField({ label, value, error, onChange }: DateProps) {
  const [checked, setChecked] = useState(false);
  const id = useId();
  const errorId = useId();
  const showError = checked && error !== null;
  return (
    <div className="timeline-filter-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        placeholder={label === 'From' ? 'e.g. 2024, March 2024' : 'e.g. 2024-06-30'}
        aria-invalid={showError ? 'true' : undefined}
        aria-describedby={showError ? errorId : undefined}
        onChange={(event) => {
          setChecked(false);
          onChange(event.target.value);
        }}
        onBlur={() => setChecked(true)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') setChecked(true);
        }}
      />
      {showError ? (
        <p id={errorId} className="form-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
