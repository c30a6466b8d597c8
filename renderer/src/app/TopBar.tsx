/** The top bar: app and project name, search, and the main actions (all backed by commands). */
import { useAppStore } from '../store/app-store';
import { runCommand } from '../commands/registry';
import { showView } from '../navigation/navigation';
import { ImportButton } from '../features/import/ImportButton';
import { SearchBox } from '../features/search/SearchBox';

export function TopBar() {
  const projectName = useAppStore((s) => s.info?.projectName);
  const mainView = useAppStore((s) => s.mainView);
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-name">Dossier</span>
        {projectName ? <span className="project-name">{projectName}</span> : null}
      </div>
      <SearchBox />
      <div className="toolbar" role="toolbar" aria-label="Actions">
        <ImportButton />
        <button
          type="button"
          aria-pressed={mainView === 'brief'}
          onClick={() => (mainView === 'brief' ? showView('reader') : runCommand('export'))}
          title="Compose, preview and export the brief (Ctrl+E)"
        >
          Brief
        </button>
        <button type="button" onClick={() => runCommand('undo')} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={() => runCommand('redo')} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        <button
          type="button"
          className="button-quiet"
          onClick={() => runCommand('palette')}
          aria-label="Command palette"
          title="Commands (Ctrl+K)"
        >
          ⌘K
        </button>
      </div>
    </header>
  );
}
