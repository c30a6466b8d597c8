/**
 * The keyboard and pointer behaviour of a WAI-ARIA menu button, shared by the top bar's menus.
 * ↓ or ↑ on the button opens the menu on its first or last item; ↑/↓ (wrapping), Home and End move
 * between items; Escape closes and returns focus to the button; Tab closes; a press outside closes.
 * Spread `buttonProps` on the button and `menuProps` on the `role="menu"` element.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

const ITEMS = '[role^="menuitem"]';

export function useMenuButton() {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const items = (): HTMLElement[] => [...(menu.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];

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

  return {
    open: Boolean(open),
    close,
    buttonProps: {
      ref: button,
      'aria-haspopup': 'menu' as const,
      'aria-expanded': Boolean(open),
      'aria-controls': menuId,
      onClick: () => setOpen(open ? false : 'first'),
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
        }
      },
    },
    menuProps: { ref: menu, id: menuId, role: 'menu', hidden: !open, onKeyDown: onMenuKeyDown },
  };
}
