/**
 * A labelled list of checkboxes for choosing several things (tags, events, documents), scrolling
 * when long, with a count of what is chosen and a way to clear it. None chosen means "all".
 */
import { useId } from 'react';

export interface Choice<T extends string> {
  id: T;
  label: string;
  /** Indent in a tree (sub-tags). */
  depth?: number;
  hint?: string;
}

export function ChoiceList<T extends string>(props: {
  legend: string;
  choices: readonly Choice<T>[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  empty: string;
}) {
  const { legend, choices, chosen, onChange, empty } = props;
  const hintId = useId();
  const toggle = (id: T, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((other) => other !== id));
  return (
    <fieldset className="brief-choices" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <div className="brief-choices-meta">
        <span id={hintId} className="brief-choices-count">
          {chosen.length === 0 ? 'all' : `${chosen.length} chosen`}
        </span>
        {chosen.length > 0 ? (
          <button
            type="button"
            className="button-quiet brief-choices-clear"
            aria-label={`Clear chosen ${legend.toLowerCase()}`}
            onClick={() => onChange([])}
          >
            Clear
          </button>
        ) : null}
      </div>
      {choices.length === 0 ? (
        <p className="panel-hint">{empty}</p>
      ) : (
        <div className="brief-choices-list">
          {choices.map((choice) => (
            <label key={choice.id} style={{ paddingLeft: `${(choice.depth ?? 0) * 14}px` }}>
              <input
                type="checkbox"
                checked={chosen.includes(choice.id)}
                onChange={(event) => toggle(choice.id, event.target.checked)}
              />
              <span className="brief-choice-label">{choice.label}</span>
              {choice.hint ? <span className="brief-choice-hint">{choice.hint}</span> : null}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
