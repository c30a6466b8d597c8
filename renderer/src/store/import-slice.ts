/** Imports under way: each followed by its job id until its report comes back. */
import type { StateCreator } from 'zustand';
import type { EventPayload } from '../../../electron/contract';
import type { AppState } from './app-store';

export type ImportProgress = Omit<EventPayload<'import.progress'>, 'jobId' | 'project'>;

export interface ImportJob {
  jobId: string;
  /** What to say until the first progress event: "Reading files…" while the browser uploads. */
  startingLabel: string;
  progress: ImportProgress | null;
  cancelling: boolean;
}

export interface ImportSlice {
  imports: ImportJob[];
}

export const createImportSlice: StateCreator<AppState, [], [], ImportSlice> = () => ({
  imports: [],
});
