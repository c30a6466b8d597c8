/**
 * A filter box over a listbox (the command palette, the project switcher): what was typed, the
 * items it keeps, and which one is active. ↑/↓ move the active item (wrapping), Enter chooses it,
 * and typing starts again from the first item. Spread `inputProps` on the combobox input.
 */
import { useState, type ChangeEvent, type KeyboardEvent } from 'react';

export function useFilteredList<T>(select: (filter: string) => readonly T[], choose: (item: T) => void) {
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const shown = select(filter);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (shown.length) setActive((active + step + shown.length) % shown.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = shown[active];
      if (item !== undefined) choose(item);
    }
  };

  return {
    filter,
    active,
    shown,
    inputProps: {
      role: 'combobox',
      'aria-expanded': true,
      value: filter,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        setFilter(event.target.value);
        setActive(0);
      },
      onKeyDown,
    },
  };
}
