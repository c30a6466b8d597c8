/**
 * "Cite passage…": the project's passages in a dialog, filtered as you type (quote, document, note,
 * tags), chosen with the arrow keys and Enter or a click. Passages the judgment already cites are
 * marked and cannot be chosen twice.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { HighlightId } from '../../../../electron/contract';
import { Modal } from '../../components/Modal';
import { passageMatches, type BriefPassage } from './brief-passages';
import { PassageSummary } from './PassageSummary';

const SHOWN = 60;

export function PassagePicker(props: {
  passages: readonly BriefPassage[];
  cited: readonly HighlightId[];
  onPick: (id: HighlightId) => void;
  onClose: () => void;
}) {
  const { passages, cited, onPick, onClose } = props;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(
    () => passages.filter((p) => !cited.includes(p.highlightId) && passageMatches(p, query)),
    [passages, cited, query],
  );
  const shown = matches.slice(0, SHOWN);
  const current = Math.min(active, Math.max(shown.length - 1, 0));

  const pick = (passage: BriefPassage | undefined) => {
    if (!passage) return;
    onPick(passage.highlightId);
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.min(Math.max(current + step, 0), Math.max(shown.length - 1, 0)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(shown[current]);
    }
  };

  return (
    <Modal title="Cite a passage" onClose={onClose} className="brief-picker">
      <input
        autoFocus
        role="combobox"
        aria-label="Filter passages"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={shown[current] ? `${listId}-${current}` : undefined}
        placeholder="Type words from the quote, document, note or tags"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Passages" className="brief-picker-list">
        {shown.map((passage, index) => (
          <li
            key={passage.highlightId}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === current}
            className={index === current ? 'active' : undefined}
            onMouseEnter={() => setActive(index)}
            onClick={() => pick(passage)}
          >
            <PassageSummary passage={passage} />
          </li>
        ))}
      </ul>
      <p className="panel-hint">
        {matches.length === 0
          ? passages.length === 0
            ? 'No passages in this project yet: highlight one in the reader first.'
            : 'No passage matches.'
          : matches.length > SHOWN
            ? `${SHOWN} of ${matches.length} shown; type to narrow.`
            : '↑↓ to move, Enter to cite, Esc to close.'}
      </p>
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
