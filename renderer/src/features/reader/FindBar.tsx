/**
 * The find bar over the reader (Ctrl/Cmd+F): type to mark every match, Enter or F3 for the next,
 * Shift+Enter or Shift+F3 for the previous (both wrap), Escape to close and go back to the text.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/app-store';
import { closeFind, findMatches, setFindQuery, stepMatch } from './find-service';
import { focusReader } from './reader-focus';

export function FindBar() {
  const query = useAppStore((s) => s.findQuery);
  const index = useAppStore((s) => s.findIndex);
  const focusRequest = useAppStore((s) => s.findFocusRequest);
  const text = useAppStore((s) => s.doc?.text ?? '');
  const input = useRef<HTMLInputElement>(null);
  const { matches, capped } = findMatches(text, query);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  const close = () => {
    closeFind();
    focusReader();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && event.target === input.current) {
      event.preventDefault();
      stepMatch(event.shiftKey ? -1 : 1);
    }
  };

  const count =
    query === ''
      ? ''
      : matches.length === 0
        ? 'No matches'
        : `${Math.min(index, matches.length - 1) + 1} of ${matches.length}${capped ? '+' : ''}`;
  return (
    <div className="find-bar" role="group" aria-label="Find bar" onKeyDown={onKeyDown}>
      <input
        ref={input}
        type="text"
        aria-label="Find in document"
        placeholder="Find in document"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => setFindQuery(event.target.value)}
      />
      <span className={`find-count${count === 'No matches' ? ' find-none' : ''}`} aria-live="polite">
        {count}
      </span>
      <button
        type="button"
        className="button-icon"
        aria-label="Previous match"
        title="Previous match (Shift+Enter)"
        disabled={matches.length === 0}
        onClick={() => stepMatch(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button-icon"
        aria-label="Next match"
        title="Next match (Enter)"
        disabled={matches.length === 0}
        onClick={() => stepMatch(1)}
      >
        ↓
      </button>
      <button type="button" className="button-icon" aria-label="Close find bar" title="Close (Esc)" onClick={close}>
        ×
      </button>
    </div>
  );
}
