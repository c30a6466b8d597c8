/**
 * The query language at a glance (from the contract's `searchSyntax`, the one source the docs
 * share): each form, what it does and an example that, clicked, goes in the search box.
 * A non-modal popover under the box: Escape or a click elsewhere closes it.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { searchSyntax } from '../../../../electron/contract';
import { toggleSearchHelp, tryExample } from './search-service';

interface Props {
  /** The "?" button: focus goes back to it on Escape, and clicking it is not "elsewhere". */
  opener: RefObject<HTMLButtonElement | null>;
  onExample: () => void;
}

export function SearchHelp({ opener, onExample }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!ref.current?.contains(target) && !opener.current?.contains(target)) toggleSearchHelp(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [opener]);

  return (
    <div
      ref={ref}
      id="search-help"
      className="search-help"
      role="dialog"
      aria-label="Search syntax"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        toggleSearchHelp(false);
        opener.current?.focus();
      }}
    >
      <h2 className="search-help-title">Search syntax</h2>
      <p className="search-help-hint">Choose an example to search for it.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">To find</th>
            <th scope="col">Example</th>
          </tr>
        </thead>
        <tbody>
          {searchSyntax.map((row) => (
            <tr key={row.syntax}>
              <td>
                <code>{row.syntax}</code>
              </td>
              <td>{row.meaning}</td>
              <td>
                <button
                  type="button"
                  className="search-example"
                  title="Search for this"
                  onClick={() => {
                    tryExample(row.example);
                    onExample();
                  }}
                >
                  {row.example}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
