/**
 * The top bar's "More" menu (WAI-ARIA menu button): the actions that do not fit a narrow window.
 * Enter, Space or ↓ open it on the first item (↑ on the last); ↑/↓, Home and End move; Enter runs;
 * Escape or Tab close it, and focus returns to the button.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { describeShortcut } from '../commands/registry';
import type { TopBarAction } from './top-bar-actions';

export function MoreMenu({ actions }: { actions: readonly TopBarAction[] }) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const items = (): HTMLElement[] => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const list = items();
    (open === 'first' ? list[0] : list.at(-1))?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const inside = menu.current?.contains(event.target as Node) || button.current?.contains(event.target as Node);
      if (!inside) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number | undefined> = {
      ArrowDown: (at + 1) % list.length,
      ArrowUp: (at - 1 + list.length) % list.length,
      Home: 0,
      End: list.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      list[next]?.focus();
    } else if (event.key === 'Escape') {
      // Handled here: the window's Escape would otherwise also close a drawer or the find bar.
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  const run = (action: TopBarAction) => {
    close();
    action.run();
  };

  return (
    <div className="more-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={Boolean(open)}
        aria-controls={menuId}
        onClick={() => setOpen(open ? false : 'first')}
        onKeyDown={onButtonKeyDown}
      >
        More <span aria-hidden="true">▾</span>
      </button>
      <div ref={menu} id={menuId} role="menu" aria-label="More actions" hidden={!open} onKeyDown={onMenuKeyDown}>
        {actions.map((action) => (
          <button key={action.id} type="button" role="menuitem" tabIndex={-1} onClick={() => run(action)}>
            <span>{action.label}</span>
            {action.shortcut ? <kbd>{describeShortcut(action.shortcut)}</kbd> : null}
          </button>
        ))}
      </div>
    </div>
  );
}
