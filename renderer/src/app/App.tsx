/**
 * The shell: top bar over three columns (library | reader | context panel), plus toasts and
 * dialogs. The Brief view takes the reader's and the context panel's columns.
 */
import { useEffect } from 'react';
import { handleShortcut } from '../commands/registry';
import { Toasts } from '../components/Toasts';
import { BriefView } from '../features/brief/BriefView';
import { SelectionToolbar } from '../features/highlights/SelectionToolbar';
import { DropOverlay } from '../features/import/DropOverlay';
import { ImportProgressList } from '../features/import/ImportProgress';
import { useFileDrop } from '../features/import/use-file-drop';
import { DocumentHeader } from '../features/library/DocumentHeader';
import { LibrarySidebar } from '../features/library/LibrarySidebar';
import { Reader } from '../features/reader/Reader';
import { TagsView } from '../features/tags/TagsView';
import { TimelineView } from '../features/timeline/TimelineView';
import { useAppStore } from '../store/app-store';
import { ContextPanel } from './ContextPanel';
import { Dialogs } from './Dialogs';
import { TopBar } from './TopBar';
import './theme.css';
import './layout.css';
import '../components/components.css';

export function App() {
  useFileDrop();
  const mainView = useAppStore((s) => s.mainView);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.defaultPrevented && !document.querySelector('dialog[open]')) handleShortcut(event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <div className="app">
      <TopBar />
      <div className="columns">
        <LibrarySidebar />
        {mainView === 'timeline' ? (
          <TimelineView />
        ) : mainView === 'tags' ? (
          <TagsView />
        ) : mainView === 'brief' ? (
          <BriefView />
        ) : (
          <Reader Header={DocumentHeader} SelectionTools={SelectionToolbar} />
        )}
        {/* The brief's composer and preview need the width; it lists its own passages to cite. */}
        {mainView === 'brief' ? null : <ContextPanel />}
      </div>
      <Toasts>
        <ImportProgressList />
      </Toasts>
      <Dialogs />
      <DropOverlay />
    </div>
  );
}
