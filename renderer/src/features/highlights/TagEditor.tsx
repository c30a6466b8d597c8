/** Tags on a highlight: type a name (existing tags autocomplete), Enter adds it, × removes one. */
import { useState } from 'react';
import type { Highlight } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { changeHighlightTag } from './tag-edits';

const TagSwatch = ({ color }: { color: string | null }) =>
  color ? <span className="tag-swatch" style={{ background: color, marginRight: 4 }} aria-hidden="true" /> : null;

export function TagEditor({ highlight }: { highlight: Highlight }) {
  const [draft, setDraft] = useState('');
  const allTags = useAppStore((s) => s.tags);
  const suggestions = allTags.filter((tag) => !highlight.tags.includes(tag.name));

  const add = () => {
    const name = draft.trim();
    if (!name) return;
    setDraft('');
    void changeHighlightTag(highlight.id, 'add', name);
  };

  return (
    <div className="field">
      <span className="field-label">Tags</span>
      <ul className="tag-chips" aria-label="Tags on this highlight">
        {highlight.tags.map((tag) => (
          <li key={tag} className="tag-chip">
            <TagSwatch color={allTags.find((t) => t.name.toLowerCase() === tag.toLowerCase())?.color ?? null} />
            {tag}
            <button
              type="button"
              aria-label={`Remove tag ${tag}`}
              onClick={() => void changeHighlightTag(highlight.id, 'remove', tag)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label className="visually-hidden" htmlFor="add-tag">
        Add tag
      </label>
      <input
        id="add-tag"
        list="tag-suggestions"
        placeholder="Add tag…"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          }
        }}
      />
      <datalist id="tag-suggestions">
        {suggestions.map((tag) => (
          <option key={tag.id} value={tag.name} />
        ))}
      </datalist>
    </div>
  );
}
