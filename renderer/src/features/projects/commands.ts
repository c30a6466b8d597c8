/**
 * The projects' commands: the quick switcher (Shift+Mod+P, also from a text field, like the
 * palette's Mod+K), and the menu's actions for the palette.
 */
import { defineCommands } from '../../commands/registry';
import { useAppStore } from '../../store/app-store';
import { currentProjectSummary, openProjectDialog } from './projects-service';

/** The project menu's hidden file input, which "Import project…" clicks. */
export const PROJECT_IMPORT_INPUT_ID = 'project-import-input';

export function pickProjectFile(): void {
  document.getElementById(PROJECT_IMPORT_INPUT_ID)?.click();
}

function withCurrent(kind: 'rename' | 'delete'): void {
  const project = currentProjectSummary();
  if (project) openProjectDialog({ kind, project });
}

const loaded = () => useAppStore.getState().projectsLoaded;

export const projectCommands = defineCommands([
  {
    id: 'project.switch',
    label: 'Switch project…',
    shortcuts: ['Shift+Mod+P'],
    inTextFields: true,
    enabled: loaded,
    run: () => openProjectDialog({ kind: 'switch' }),
  },
  { id: 'project.new', label: 'New project…', shortcuts: [], run: () => openProjectDialog({ kind: 'create' }) },
  { id: 'project.rename', label: 'Rename project…', shortcuts: [], enabled: loaded, run: () => withCurrent('rename') },
  { id: 'project.delete', label: 'Delete project…', shortcuts: [], enabled: loaded, run: () => withCurrent('delete') },
  { id: 'project.export', label: 'Export project…', shortcuts: [], run: () => openProjectDialog({ kind: 'export' }) },
  { id: 'project.import', label: 'Import project…', shortcuts: [], run: pickProjectFile },
  {
    id: 'project.copy-document',
    label: 'Copy document to project…',
    shortcuts: [],
    enabled: () => useAppStore.getState().doc !== null,
    run: () => {
      const { doc } = useAppStore.getState();
      if (doc) openProjectDialog({ kind: 'copy-document', documentId: doc.id, title: doc.title });
    },
  },
]);
