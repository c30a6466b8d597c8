/**
 * The top bar: app and project name, search, and the main actions (all backed by commands). In a
 * narrow window it gains the drawer toggles at its ends and folds the secondary actions into a
 * "More" menu, so the search box keeps a usable width. Actions are listed in top-bar-actions.ts.
 */
import { ImportButton } from '../features/import/ImportButton';
import { ProjectMenu } from '../features/projects/ProjectMenu';
import { SearchBox } from '../features/search/SearchBox';
import { DrawerToggle } from './DrawerToggle';
import { useLayoutStore } from './layout-store';
import { MoreMenu } from './MoreMenu';
import { useTopBarActions, type TopBarAction } from './top-bar-actions';

function ActionButton({ action }: { action: TopBarAction }) {
  return (
    <button
      type="button"
      className={action.quiet ? 'button-quiet' : undefined}
      aria-pressed={action.pressed}
      aria-label={action.buttonText ? action.label : undefined}
      title={action.title}
      onClick={action.run}
    >
      {action.buttonText ?? action.label}
    </button>
  );
}

export function TopBar() {
  const narrow = useLayoutStore((s) => s.narrow);
  const actions = useTopBarActions();
  const inline = actions.filter((action) => !action.menuOnly && !(narrow && action.secondary));
  const folded = narrow ? actions.filter((action) => action.secondary) : [];
  return (
    <header className="topbar" data-narrow={narrow ? 'true' : undefined}>
      {narrow ? <DrawerToggle id="library" /> : null}
      <div className="brand">
        {/* Narrow, the project's name says more than the app's (which the window title carries). */}
        {narrow ? null : <span className="brand-name">Dossier</span>}
        <ProjectMenu />
      </div>
      <SearchBox />
      <div className="toolbar" role="toolbar" aria-label="Actions">
        <ImportButton />
        {inline.map((action) => (
          <ActionButton key={action.id} action={action} />
        ))}
        {folded.length > 0 ? <MoreMenu actions={folded} /> : null}
      </div>
      {narrow ? <DrawerToggle id="context" /> : null}
    </header>
  );
}
