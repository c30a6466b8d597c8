/**
 * The Brief view's state: the brief being composed (the working copy its controls edit, saved to
 * the project a pause after each change), the project's passages to cite, and the preview's
 * Markdown. One object under `brief`, so the view's fields never collide with other slices'.
 */
import type { Root as MdastRoot } from 'mdast';
import type { StateCreator } from 'zustand';
import type { BriefDraft, DocumentId, HighlightId, MethodInput } from '../../../electron/contract';
import type { AppState } from './app-store';

/** The brief as `export.brief` takes it, without the format: what the preview and every export send. */
export type ComposedBrief = Omit<MethodInput<'export.brief'>, 'format'>;

/** A passage the brief can cite, as the view lists it. */
export interface BriefPassage {
  highlightId: HighlightId;
  documentId: DocumentId;
  document: string;
  quote: string;
  note: string;
  tags: string[];
  /** "B2", or '' when ungraded. */
  grade: string;
  needsReview: boolean;
}

export interface BriefState {
  draft: BriefDraft | null;
  passages: BriefPassage[] | null;
  /** The syntax tree the preview shows and the brief it was built from (what Export writes). */
  preview: { tree: MdastRoot; composed: ComposedBrief } | null;
  previewError: string | null;
  /** An edit is not in the preview yet: Export waits, so it never writes something not shown. */
  previewStale: boolean;
  /** A save failed (or the scope cannot be saved as it is): said under the controls. */
  saveError: string | null;
}

export interface BriefSlice {
  brief: BriefState;
}

export const createBriefSlice: StateCreator<AppState, [], [], BriefSlice> = () => ({
  brief: {
    draft: null,
    passages: null,
    preview: null,
    previewError: null,
    previewStale: true,
    saveError: null,
  },
});
