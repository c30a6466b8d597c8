/** A top-bar button that shows or hides a side drawer in a narrow window (aria-expanded tells which). */
import { describeShortcut } from '../commands/registry';
import { useAppStore } from '../store/app-store';
import { drawerToggleId, paneId, toggleDrawer, useLayoutStore, type DrawerId } from './layout-store';

const toggles: Record<DrawerId, { label: string; shortcut: string; icon: string }> = {
  // Three lines (a list) for the library; a rectangle with its right third marked for the panel.
  library: { label: 'Library', shortcut: 'Mod+B', icon: 'M3 5h14M3 10h14M3 15h14' },
  context: { label: 'Context panel', shortcut: 'Mod+J', icon: 'M2.5 3.5h15v13h-15zM12 3.5v13' },
};

export function DrawerToggle({ id }: { id: DrawerId }) {
  const open = useLayoutStore((s) => s.drawer === id);
  // The Brief view has no context panel (it lists its own passages): nothing to toggle.
  const absent = useAppStore((s) => id === 'context' && s.mainView === 'brief');
  const { label, shortcut, icon } = toggles[id];
  if (absent) return null;
  return (
    <button
      type="button"
      id={drawerToggleId(id)}
      className="drawer-toggle"
      aria-label={label}
      aria-expanded={open}
      aria-controls={paneId(id)}
      title={`${open ? 'Hide' : 'Show'} ${label.toLowerCase()} (${describeShortcut(shortcut)})`}
      onClick={() => toggleDrawer(id)}
    >
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <path d={icon} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
    </button>
  );
}
