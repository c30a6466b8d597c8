/**
 * The project menu in the top bar (WAI-ARIA menu button): the page's project by name; the menu
 * lists every project with its document count (the current one checked) to switch to, then New,
 * Rename, Delete, Import, the two exports, and Restore for projects deleted since the page opened.
 * ↓/↑ open it, ↑/↓ Home End move, Enter runs, Escape or Tab close and focus returns to the button.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { describeShortcut } from '../../commands/registry';
import { plural } from '../../lib/plural';
import { useAppStore } from '../../store/app-store';
import { PROJECT_IMPORT_INPUT_ID, pickProjectFile } from './commands';
import { ProjectDialogs } from './ProjectDialogs';
import { exportProject, importProjectFile, PROJECT_FILE_ACCEPT } from './project-transfer';
import {
  currentProjectSummary,
  openProjectDialog,
  PROJECT_MENU_BUTTON_ID,
  restoreProject,
  switchProject,
} from './projects-service';
import './projects.css';

function Item(props: {
  onRun: () => void;
  children: ReactNode;
  role?: 'menuitem' | 'menuitemradio';
  checked?: boolean;
}) {
  return (
    <button
      type="button"
      role={props.role ?? 'menuitem'}
      aria-checked={props.role === 'menuitemradio' ? props.checked : undefined}
      tabIndex={-1}
      onClick={props.onRun}
    >
      {props.children}
    </button>
  );
}

export function ProjectMenu() {
  const projects = useAppStore((s) => s.projects);
  const currentId = useAppStore((s) => s.currentProjectId);
  const deleted = useAppStore((s) => s.deletedProjects);
  const name = projects.find((p) => p.id === currentId)?.name;
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const items = (): HTMLElement[] => [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];

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
  const run = (action: () => unknown) => {
    close();
    void action();
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

  const withCurrent = (kind: 'rename' | 'delete') => {
    const project = currentProjectSummary();
    if (project) openProjectDialog({ kind, project });
  };

  return (
    <div className="project-menu">
      <button
        ref={button}
        id={PROJECT_MENU_BUTTON_ID}
        type="button"
        className="project-menu-button"
        aria-haspopup="menu"
        aria-expanded={Boolean(open)}
        aria-controls={menuId}
        title={`Projects: switch (${describeShortcut('Shift+Mod+P')}), create, rename, import, export`}
        onClick={() => setOpen(open ? false : 'first')}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        <span className="visually-hidden">Project: </span>
        <span className="project-menu-name">{name ?? 'Projects'}</span>
        <span className="project-menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div ref={menu} id={menuId} role="menu" aria-label="Projects" hidden={!open} onKeyDown={onMenuKeyDown}>
        {/* Drawn only while open: closed, the page holds the project's name once (the button). */}
        {open ? (
          <>
            <div role="group" aria-label="Switch to">
              {projects.map((project) => (
                <Item
                  key={project.id}
                  role="menuitemradio"
                  checked={project.id === currentId}
                  onRun={() => run(() => project.id !== currentId && switchProject(project.id))}
                >
                  {/* The check is drawn, not named: aria-checked says it. */}
                  {project.id === currentId ? (
                    <span className="project-menu-check" aria-hidden="true">
                      ✓
                    </span>
                  ) : null}
                  <span className="project-menu-item-name">{project.name}</span>
                  <span className="project-menu-count">{plural(project.documentCount, 'document')}</span>
                </Item>
              ))}
            </div>
            <div role="separator" />
            <Item onRun={() => run(() => openProjectDialog({ kind: 'create' }))}>New project…</Item>
            <Item onRun={() => run(() => withCurrent('rename'))}>Rename…</Item>
            <Item onRun={() => run(() => withCurrent('delete'))}>Delete…</Item>
            <div role="separator" />
            <Item onRun={() => run(pickProjectFile)}>Import project (.dossier / .qdpx)…</Item>
            <Item onRun={() => run(() => exportProject('dossier'))}>Export project as .dossier</Item>
            <Item onRun={() => run(() => exportProject('qdpx'))}>Export as REFI-QDA (.qdpx)</Item>
            {deleted.length > 0 ? <div role="separator" /> : null}
            {deleted.map(({ project }) => (
              <Item key={project.id} onRun={() => run(() => restoreProject(project.id))}>
                Restore “{project.name}”
              </Item>
            ))}
          </>
        ) : null}
      </div>
      <input
        id={PROJECT_IMPORT_INPUT_ID}
        type="file"
        accept={PROJECT_FILE_ACCEPT}
        hidden
        aria-label="Project file to import"
        onChange={(event) => {
          const [file] = event.target.files ?? [];
          event.target.value = '';
          if (file) void importProjectFile(file);
        }}
      />
      <ProjectDialogs />
    </div>
  );
}
