/**
 * The shell: top bar over three columns (library | reader | context panel), plus toasts and
 * dialogs. The Brief view takes the reader's and the context panel's columns. In a wide window the
 * side columns are resizable (widths remembered); below NARROW_BELOW they become drawers over the
 * reader, so the reading column always keeps a comfortable measure.
 */
import { useEffect, type CSSProperties } from 'react';
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
import { closeDrawer, NARROW_BELOW, setNarrow, useLayoutStore } from './layout-store';
import { SidePane } from './SidePane';
import { TopBar } from './TopBar';
import { clampSize, usePaneSize, useViewportWidth } from './use-pane-size';
import { useDrawersFollow } from './use-drawers-follow';
import './theme.css';
import './layout.css';
import '../components/components.css';

const LIBRARY = { initial: 280, min: 200, max: 480 };
const CONTEXT = { initial: 360, min: 280, max: 560 };
/** What the side panes always leave the reader: 45 characters of 18 px serif (up to ~11.5 px each) and its padding. */
const READER_MIN = 620;

export function App() {
  useFileDrop();
  useDrawersFollow();
  const mainView = useAppStore((s) => s.mainView);
  const narrow = useLayoutStore((s) => s.narrow);
  const drawer = useLayoutStore((s) => s.drawer);
  const viewport = useViewportWidth();
  const [libraryWidth, setLibraryWidth] = usePaneSize('library', LIBRARY);
  const [contextWidth, setContextWidth] = usePaneSize('context', CONTEXT);
  const hasContext = mainView !== 'brief';

  useEffect(() => setNarrow(viewport < NARROW_BELOW), [viewport]);
  // A view without the context panel (the Brief) leaves no drawer to show.
  useEffect(() => {
    if (!hasContext && useLayoutStore.getState().drawer === 'context') closeDrawer({ returnFocus: false });
  }, [hasContext]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (handleShortcut(event)) return;
      if (event.key === 'Escape' && useLayoutStore.getState().drawer) closeDrawer({ returnFocus: true });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // Each pane may grow only as far as the reader's minimum and the other pane's minimum allow.
  const room = viewport - READER_MIN;
  const libraryMax = Math.min(LIBRARY.max, room - (hasContext ? CONTEXT.min : 0));
  const library = clampSize(libraryWidth, LIBRARY.min, libraryMax);
  const contextMax = Math.min(CONTEXT.max, room - library);
  const context = clampSize(contextWidth, CONTEXT.min, contextMax);
  const columns: CSSProperties | undefined = narrow
    ? undefined
    : { gridTemplateColumns: `${library}px minmax(0, 1fr)${hasContext ? ` ${context}px` : ''}` };

  return (
    <div className="app">
      <TopBar />
      <div className="columns" data-layout={narrow ? 'narrow' : hasContext ? 'wide' : 'wide-brief'} style={columns}>
        <SidePane
          id="library"
          resizeLabel="Resize library"
          width={library}
          min={LIBRARY.min}
          max={Math.max(LIBRARY.min, libraryMax)}
          onResize={setLibraryWidth}
        >
          <LibrarySidebar />
        </SidePane>
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
        {hasContext ? (
          <SidePane
            id="context"
            resizeLabel="Resize context panel"
            width={context}
            min={CONTEXT.min}
            max={Math.max(CONTEXT.min, contextMax)}
            onResize={setContextWidth}
          >
            <ContextPanel />
          </SidePane>
        ) : null}
        {narrow && (drawer === 'library' || (drawer === 'context' && hasContext)) ? (
          <div className="drawer-backdrop" aria-hidden="true" onClick={() => closeDrawer({ returnFocus: false })} />
        ) : null}
      </div>
      <Toasts>
        <ImportProgressList />
      </Toasts>
      <Dialogs />
      <DropOverlay />
    </div>
  );
}
