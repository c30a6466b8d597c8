/**
 * What switching projects resets in the store. Everything the page holds about a project (its
 * documents, the open document, highlights, tags, timeline and its filters, brief, search results,
 * dates, dialogs, and toasts whose Undo would act on the project left) goes back to what a fresh
 * store holds; only the shell's own state and the library's list of projects are kept. A field a
 * slice adds later is reset unless it is named here, which is the safe default.
 */
import type { AppState } from '../../store/app-store';

/** Kept across a switch, with why. */
export const KEPT_ACROSS_PROJECTS = [
  // Where the analyst is (the reader, the timeline…) is a habit of the shell, not of a project.
  'mainView',
  'panel',
  'busy',
  'dragging',
  // A switch waits until no import is running (its batches would land in the next project).
  'imports',
  'projects',
  'projectsLoaded',
  'currentProjectId',
  'projectEpoch',
  'projectDialog',
  'deletedProjects',
] as const satisfies readonly (keyof AppState)[];

const kept: ReadonlySet<string> = new Set(KEPT_ACROSS_PROJECTS);

/** The part of a fresh store (`initial`) that a switch writes back: every field but the kept ones and the actions. */
export function projectResetState(initial: AppState): Partial<AppState> {
  return Object.fromEntries(
    Object.entries(initial).filter(([key, value]) => typeof value !== 'function' && !kept.has(key)),
  );
}
