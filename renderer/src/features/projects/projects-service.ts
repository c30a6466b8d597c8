/**
 * The library's projects from the page: the list, switching (the page's calls and the events it
 * hears follow the project; the store starts afresh and reloads), create, rename, delete with an
 * Undo that lasts until the library closes, and restore.
 */
import type { MethodOutput, ProjectSummary } from '../../../../electron/contract';
import { setCurrentProject } from '../../platform/client';
import { call, request } from '../../store/api';
import { useAppStore } from '../../store/app-store';
import type { ProjectDialog } from '../../store/projects-slice';
import { showError, showToast } from '../../store/toasts';
import { enterProject, leaveProject } from '../../store/project-hooks';
import { projectResetState } from './project-reset';

/** The project menu's button, where focus goes back after a switch redraws the page. */
export const PROJECT_MENU_BUTTON_ID = 'project-menu-button';

export const openProjectDialog = (projectDialog: ProjectDialog): void =>
  useAppStore.getState().openProjectDialog(projectDialog);
export const closeProjectDialog = (): void => useAppStore.setState({ projectDialog: null });

export const currentProjectSummary = (): ProjectSummary | undefined => {
  const { projects, currentProjectId } = useAppStore.getState();
  return projects.find((project) => project.id === currentProjectId);
};

function showProjectInTitle(): void {
  const name = currentProjectSummary()?.name;
  document.title = name ? `${name} — Dossier` : 'Dossier';
}

/** Takes in `projects.list`'s answer; at start (`adopt`), the project used last becomes the page's. */
export function adoptProjects(listed: MethodOutput<'projects.list'>, adopt = false): void {
  const { currentProjectId } = useAppStore.getState();
  const current = adopt || currentProjectId === null ? listed.current || null : currentProjectId;
  if (current && current !== currentProjectId) setCurrentProject(current);
  useAppStore.setState({ projects: listed.projects, projectsLoaded: true, currentProjectId: current });
  showProjectInTitle();
}

/** Set while this page deletes a project: it moves to another project itself. */
let deleting = false;

/**
 * `projects.changed` (any window or the CLI): the list is fetched again; if the page's project was
 * deleted elsewhere, the page moves to the project the core now uses.
 */
export async function onProjectsChanged(): Promise<void> {
  const listed = await call('projects.list', {});
  if (!listed) return;
  adoptProjects(listed);
  const { currentProjectId } = useAppStore.getState();
  const gone = !listed.projects.some((p) => p.id === currentProjectId);
  if (gone && !deleting && listed.projects[0]) await switchProject(listed.current || listed.projects[0].id);
}

/** Refetches the list (its counts change with every import and delete). */
export async function loadProjects(): Promise<void> {
  const listed = await call('projects.list', {});
  if (listed) adoptProjects(listed);
}

function focusProjectMenu(): void {
  const active = document.activeElement;
  if (!active || active === document.body) document.getElementById(PROJECT_MENU_BUTTON_ID)?.focus();
}

/**
 * Makes `id` the page's project: what is waiting to be saved goes to the project being left, the
 * core remembers the choice (the next start opens it), the store starts afresh and reloads.
 * Returns false when the switch did not happen (an import running, the project gone).
 */
export async function switchProject(id: string, options: { announce?: boolean } = {}): Promise<boolean> {
  const { imports } = useAppStore.getState();
  if (imports.length > 0) {
    showError('An import is still running. Wait for it to finish, or cancel it, before switching projects.');
    return false;
  }
  await leaveProject();
  const opened = await call('projects.open', { project: id });
  if (!opened) return false;
  setCurrentProject(opened.id);
  useAppStore.setState((state) => ({
    ...projectResetState(useAppStore.getInitialState()),
    currentProjectId: opened.id,
    projectEpoch: state.projectEpoch + 1,
    projectDialog: null,
    projects: state.projects.some((p) => p.id === opened.id)
      ? state.projects.map((p) => (p.id === opened.id ? opened : p))
      : [...state.projects, opened],
  }));
  showProjectInTitle();
  await Promise.all([enterProject(), loadProjects()]);
  focusProjectMenu();
  if (options.announce ?? true) showToast({ tone: 'info', message: `Now working on “${opened.name}”` });
  return true;
}

/** Creates a project and switches to it; returns the core's refusal (for the name field), null when done. */
export async function createProject(name: string): Promise<string | null> {
  const result = await request('projects.create', { name });
  if (!result.ok) return result.error.message;
  await loadProjects();
  await switchProject(result.value.id, { announce: false });
  showToast({ tone: 'success', message: `Created “${result.value.name}”` });
  return null;
}

export async function renameProject(project: ProjectSummary, name: string): Promise<string | null> {
  const result = await request('projects.rename', { project: project.id, name });
  if (!result.ok) return result.error.message;
  await loadProjects();
  showProjectInTitle();
  showToast({ tone: 'success', message: `Renamed “${project.name}” to “${result.value.name}”` });
  return null;
}

/**
 * Deletes a project (the core keeps a backup bundle and can restore it until the library closes).
 * Deleting the page's project moves the page to another one first. Returns the core's refusal.
 */
export async function deleteProject(project: ProjectSummary): Promise<string | null> {
  deleting = true;
  try {
    return await deleteAndMove(project);
  } finally {
    deleting = false;
  }
}

async function deleteAndMove(project: ProjectSummary): Promise<string | null> {
  const result = await request('projects.delete', { project: project.id });
  if (!result.ok) return result.error.message;
  const { deleted, backup } = result.value;
  const wasCurrent = useAppStore.getState().currentProjectId === deleted.id;
  useAppStore.setState((state) => ({
    projects: state.projects.filter((p) => p.id !== deleted.id),
    deletedProjects: [...state.deletedProjects, { project: deleted, backup, wasCurrent }],
  }));
  await loadProjects();
  if (wasCurrent) {
    const next = useAppStore.getState().projects[0];
    if (next) await switchProject(next.id, { announce: false });
  }
  showToast({
    tone: 'info',
    message: `Deleted “${deleted.name}”`,
    details: [`A backup bundle remains at ${backup}`],
    action: { label: 'Undo', run: () => void restoreProject(deleted.id) },
  });
  return null;
}

/** Brings back a project deleted since the page opened (and the page with it, if it was there). */
export async function restoreProject(id: string): Promise<void> {
  const entry = useAppStore.getState().deletedProjects.find((d) => d.project.id === id);
  const restored = await call('projects.restore', { id });
  if (!restored) return;
  useAppStore.setState((state) => ({ deletedProjects: state.deletedProjects.filter((d) => d.project.id !== id) }));
  await loadProjects();
  if (entry?.wasCurrent) await switchProject(restored.id, { announce: false });
  showToast({ tone: 'success', message: `Restored “${restored.name}”` });
}
