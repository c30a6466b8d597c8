/**
 * The selected tag's card in the Tags view: its colour (a palette of distinct colours, any other
 * through the colour field, or none), what it means, its pinned key, and the actions on it.
 */
import type { TagColor, TagSummary } from '../../../../electron/contract';
import { describeTag, pinTag, recolorTag } from './codebook-actions';
import { countLabel } from './tag-tree';

/** Distinct on a light background and from each other (Tableau 10). */
export const TAG_COLORS: readonly { value: TagColor; name: string }[] = [
  { value: '#4e79a7', name: 'blue' },
  { value: '#f28e2b', name: 'orange' },
  { value: '#e15759', name: 'red' },
  { value: '#76b7b2', name: 'teal' },
  { value: '#59a14f', name: 'green' },
  { value: '#edc948', name: 'yellow' },
  { value: '#b07aa1', name: 'purple' },
  { value: '#ff9da7', name: 'pink' },
  { value: '#9c755f', name: 'brown' },
  { value: '#bab0ac', name: 'grey' },
];

export type TagAction = 'rename' | 'new-sub-tag' | 'move' | 'merge' | 'delete';

interface Props {
  tag: TagSummary;
  parent: TagSummary | null;
  onAction: (action: TagAction) => void;
}

export function TagDetails({ tag, parent, onAction }: Props) {
  const custom = tag.color && !TAG_COLORS.some((c) => c.value === tag.color) ? tag.color : null;

  return (
    <section className="tag-details" aria-label="Selected tag">
      <h3 className="tag-details-title">
        <span className="tag-swatch" aria-hidden="true" style={tag.color ? { background: tag.color } : undefined} />
        {tag.name}
        <span className="count">{countLabel(tag.count, tag.totalCount)}</span>
      </h3>
      <p className="panel-hint">{parent ? `Under “${parent.name}”` : 'At the top level'}</p>
      <fieldset className="tag-colors">
        <legend>Colour</legend>
        <button
          type="button"
          className="tag-color tag-color-none"
          aria-pressed={tag.color === null}
          aria-label="No colour"
          title="No colour"
          onClick={() => void recolorTag(tag, null)}
        />
        {TAG_COLORS.map((color) => (
          <button
            key={color.value}
            type="button"
            className="tag-color"
            style={{ background: color.value }}
            aria-pressed={tag.color === color.value}
            aria-label={`Colour ${color.name}`}
            title={color.name}
            onClick={() => void recolorTag(tag, color.value)}
          />
        ))}
        <label className="tag-color-custom" title="Another colour">
          <span className="visually-hidden">Another colour</span>
          <input
            type="color"
            value={custom ?? tag.color ?? '#888888'}
            onChange={(event) => void recolorTag(tag, event.target.value)}
          />
        </label>
      </fieldset>
      <label className="field">
        <span>Description</span>
        <textarea
          rows={3}
          // A new key when the tag or its stored description changes: the field starts again from it.
          key={`${tag.id} ${tag.description}`}
          defaultValue={tag.description}
          placeholder="What this code means and when to use it"
          onBlur={(event) => void describeTag(tag, event.currentTarget.value)}
        />
      </label>
      <label className="field tag-pin-field">
        <span>Pinned key</span>
        <select
          value={tag.pin ?? ''}
          onChange={(event) => void pinTag(tag, event.target.value ? Number(event.target.value) : null)}
        >
          <option value="">Not pinned</option>
          {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <div className="tag-actions" role="group" aria-label="Tag actions">
        <button type="button" onClick={() => onAction('rename')} title="Rename (F2)">
          Rename
        </button>
        <button type="button" onClick={() => onAction('new-sub-tag')}>
          New sub-tag
        </button>
        <button type="button" onClick={() => onAction('move')}>
          Move to…
        </button>
        <button type="button" onClick={() => onAction('merge')}>
          Merge into…
        </button>
        <button type="button" className="button-danger" onClick={() => onAction('delete')} title="Delete (Del)">
          Delete…
        </button>
      </div>
    </section>
  );
}
