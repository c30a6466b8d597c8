/**
 * The top bar's action buttons, as data: each one is a command with a label, and says whether it
 * is secondary (folded into the "More" menu when the window is narrow). A new top-bar action is
 * one more entry here; a control richer than a button (a menu, a picker) goes in TopBar's slots.
 */
import { runCommand } from '../commands/registry';
import { showView } from '../navigation/navigation';
import { useAppStore } from '../store/app-store';

export interface TopBarAction {
  id: string;
  /** The accessible name, and the menu item's text. */
  label: string;
  /** Shorter text for the button when it differs from the label (e.g. "⌘K"). */
  buttonText?: string;
  title?: string;
  /** e.g. "Mod+Z", shown beside the menu item. */
  shortcut?: string;
  /** For a view's button: whether that view is showing (aria-pressed). */
  pressed?: boolean;
  secondary: boolean;
  /** Drawn as a quiet (borderless) button. */
  quiet?: boolean;
  /** Only in the "More" menu, and only when the window is narrow (its button is drawn elsewhere). */
  menuOnly?: boolean;
  run: () => void;
}

export function useTopBarActions(): TopBarAction[] {
  const mainView = useAppStore((s) => s.mainView);
  return [
    {
      // The Import buttons draw this one; a narrow window hides it (layout.css) and lists it here.
      id: 'import-folder',
      label: 'Import folder…',
      shortcut: 'Shift+Mod+O',
      secondary: true,
      menuOnly: true,
      run: () => runCommand('import-folder'),
    },
    {
      id: 'brief',
      label: 'Brief',
      title: 'Compose, preview and export the brief (Ctrl+E)',
      shortcut: 'Mod+E',
      pressed: mainView === 'brief',
      secondary: false,
      run: () => (mainView === 'brief' ? showView('reader') : runCommand('export')),
    },
    {
      id: 'undo',
      label: 'Undo',
      title: 'Undo (Ctrl+Z)',
      shortcut: 'Mod+Z',
      secondary: true,
      run: () => runCommand('undo'),
    },
    {
      id: 'redo',
      label: 'Redo',
      title: 'Redo (Ctrl+Shift+Z)',
      shortcut: 'Shift+Mod+Z',
      secondary: true,
      run: () => runCommand('redo'),
    },
    {
      id: 'palette',
      label: 'Command palette',
      buttonText: '⌘K',
      title: 'Commands (Ctrl+K)',
      shortcut: 'Mod+K',
      secondary: true,
      quiet: true,
      run: () => runCommand('palette'),
    },
  ];
}
