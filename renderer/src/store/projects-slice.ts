/**
 * The library's projects as the page knows them: the list (with counts) for the project menu, the
 * project this page works on, and which project dialog is open. `projectEpoch` counts switches:
 * the shell is keyed by it, so every component's own state (a list's filters, a view's scroll)
 * starts afresh in the next project.
 */
import type { StateCreator } from 'zustand';
import type { DocumentId, ProjectSummary } from '../../../electron/contract';
import type { AppState } from './app-store';

/** Bundle facts `bundle.inspect` gave, kept with the file until the analyst chooses how to import it. */
export interface InspectedBundle {
  file: { fileName: string; contentBase64: string };
  project: { id: string; name: string };
  counts: Record<string, number>;
  existing: ProjectSummary | null;
}

export type ProjectDialog =
  | { kind: 'switch' }
  | { kind: 'create' }
  | { kind: 'rename'; project: ProjectSummary }
  | { kind: 'delete'; project: ProjectSummary }
  | { kind: 'export' }
  | { kind: 'import-bundle'; bundle: InspectedBundle }
  | { kind: 'copy-document'; documentId: DocumentId; title: string };

/** A project deleted since the page opened: the core restores it until the library closes. */
export interface DeletedProject {
  project: ProjectSummary;
  /** The bundle written to the backups folder, which stays after the library closes. */
  backup: string;
  /** Whether the page was working on it: a restore goes back to it. */
  wasCurrent: boolean;
}

export interface ProjectsSlice {
  projects: ProjectSummary[];
  projectsLoaded: boolean;
  /** The project this page works on (an id); null until the first `projects.list` answers. */
  currentProjectId: string | null;
  projectEpoch: number;
  projectDialog: ProjectDialog | null;
  deletedProjects: DeletedProject[];
  /** Opens a project dialog; other features ask for one here (the reader header's "Copy to project…"). */
  openProjectDialog: (dialog: ProjectDialog) => void;
}

export const createProjectsSlice: StateCreator<AppState, [], [], ProjectsSlice> = (set) => ({
  projects: [],
  projectsLoaded: false,
  currentProjectId: null,
  projectEpoch: 0,
  projectDialog: null,
  deletedProjects: [],
  openProjectDialog: (projectDialog) => set({ projectDialog }),
});
