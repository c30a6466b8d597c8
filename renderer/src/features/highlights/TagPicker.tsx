/**
 * The quick tag picker (T on a selected highlight): type to filter the codebook, ↑/↓ to choose,
 * Enter applies the tag; when nothing matches, Enter creates a tag with the name typed. Escape closes.
 * A pinned tag shows its digit, the key that applies it without the picker.
 */
import { useState, type KeyboardEvent } from 'react';
import type { HighlightId } from '../../../../electron/contract';
import { Modal } from '../../components/Modal';
import { fold } from '../../lib/fold-text';
import { useAppStore } from '../../store/app-store';
import { applyTag } from './tag-keys';

export function TagPicker({ highlightId }: { highlightId: HighlightId }) {
  const closeDialog = useAppStore((s) => s.closeDialog);
  const codebook = useAppStore((s) => s.tags);
  const highlight = useAppStore((s) => s.doc?.highlights.find((h) => h.id === highlightId));
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const name = typed.trim();
  const matches = codebook.filter((tag) => fold(tag.name).includes(fold(name)));
  const exact = matches.some((tag) => fold(tag.name) === fold(name));
  const options = [
    ...matches.map((tag) => ({ key: tag.id, name: tag.name, color: tag.color, pin: tag.pin, create: false })),
    ...(name && !exact ? [{ key: 'new', name, color: null, pin: null, create: true }] : []),
  ];
  const current = options[Math.min(active, options.length - 1)];

  const choose = (chosen: string) => {
    closeDialog();
    if (highlight) void applyTag(highlight, chosen);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (options.length) setActive((Math.min(active, options.length - 1) + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (current) choose(current.name);
    }
  };

  const has = (tagName: string) => highlight?.tags.some((t) => fold(t) === fold(tagName)) ?? false;
  return (
    <Modal title="Tag highlight" onClose={closeDialog} className="palette tag-picker">
      <label className="visually-hidden" htmlFor="tag-picker-filter">
        Tag
      </label>
      <input
        id="tag-picker-filter"
        role="combobox"
        aria-expanded="true"
        aria-controls="tag-picker-list"
        aria-activedescendant={current ? `tag-option-${current.key}` : undefined}
        placeholder="Type a tag…"
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="tag-picker-list" role="listbox" aria-label="Tags">
        {options.map((option) => (
          <li
            key={option.key}
            id={`tag-option-${option.key}`}
            role="option"
            aria-selected={option === current}
            onClick={() => choose(option.name)}
          >
            <span>
              {option.color ? (
                <span className="tag-swatch" style={{ background: option.color }} aria-hidden="true" />
              ) : null}{' '}
              {option.create ? `Create tag “${option.name}”` : option.name}
            </span>
            <span>
              {has(option.name) ? <span className="count">already on it</span> : null}{' '}
              {option.pin ? <kbd title={`Press ${option.pin} to apply`}>{option.pin}</kbd> : null}
            </span>
          </li>
        ))}
      </ul>
      {options.length === 0 ? <p className="panel-hint">The codebook is empty: type a name to create a tag.</p> : null}
    </Modal>
  );
}
