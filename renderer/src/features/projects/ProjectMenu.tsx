/**
 * The project menu in the top bar (WAI-ARIA menu button): the page's project by name; the menu
 * lists every project with its document count (the current one checked) to switch to, then New,
 * Rename, Delete, Import, the two exports, and Restore for projects deleted since the page opened.
 * ↓/↑ open it, ↑/↓ Home End move, Enter runs, Escape or Tab close and focus returns to the button.
 */
import type { ReactNode } from 'react';
import { describeShortcut } from '../../commands/registry';
import { useMenuButton } from '../../components/use-menu-button';
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
  const { open, close, buttonProps, menuProps } = useMenuButton();

  const run = (action: () => unknown) => {
    close();
    void action();
  };

  const withCurrent = (kind: 'rename' | 'delete') => {
    const project = currentProjectSummary();
    if (project) openProjectDialog({ kind, project });
  };

  return (
    <div className="project-menu">
      <button
        {...buttonProps}
        id={PROJECT_MENU_BUTTON_ID}
        type="button"
        className="project-menu-button"
        title={`Projects: switch (${describeShortcut('Shift+Mod+P')}), create, rename, import, export`}
      >
        <span className="visually-hidden">Project: </span>
        <span className="project-menu-name">{name ?? 'Projects'}</span>
        <span className="project-menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div {...menuProps} className="menu-popup" aria-label="Projects">
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
