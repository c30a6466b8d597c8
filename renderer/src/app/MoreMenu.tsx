/**
 * The top bar's "More" menu (WAI-ARIA menu button): the actions that do not fit a narrow window.
 * Enter, Space or ↓ open it on the first item (↑ on the last); ↑/↓, Home and End move; Enter runs;
 * Escape or Tab close it, and focus returns to the button.
 */
import { describeShortcut } from '../commands/registry';
import { useMenuButton } from '../components/use-menu-button';
import type { TopBarAction } from './top-bar-actions';

export function MoreMenu({ actions }: { actions: readonly TopBarAction[] }) {
  const { close, buttonProps, menuProps } = useMenuButton();

  const run = (action: TopBarAction) => {
    close();
    action.run();
  };

  return (
    <div className="more-menu">
      <button type="button" {...buttonProps}>
        More <span aria-hidden="true">▾</span>
      </button>
      <div {...menuProps} className="menu-popup" aria-label="More actions">
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
