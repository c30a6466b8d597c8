/**
 * The Brief view's own state: the brief being composed (the working copy the controls edit, saved
 * to the project a pause after each change), the project's passages to cite, and the preview's
 * Markdown. Kept beside the feature rather than in the app store: nothing outside the view reads it.
 */
import { create } from 'zustand';
import type { BriefDraft } from '../../../../electron/contract';
import type { ComposedBrief } from './brief-export';
import type { BriefPassage } from './brief-passages';

export interface BriefState {
  draft: BriefDraft | null;
  passages: BriefPassage[] | null;
  /** The Markdown the preview shows and the brief it was built from (what Export writes). */
  preview: { markdown: string; composed: ComposedBrief } | null;
  previewError: string | null;
  /** An edit is not in the preview yet: Export waits, so it never writes something not shown. */
  previewStale: boolean;
  /** A save failed (or the scope cannot be saved as it is): said under the controls. */
  saveError: string | null;
}

export const useBriefStore = create<BriefState>()(() => ({
  draft: null,
  passages: null,
  preview: null,
  previewError: null,
  previewStale: true,
  saveError: null,
}));

/**
 * The brief as `export.brief` takes it (the preview and every export send the same); an empty
 * title leaves the project's name to the core.
 */
export function composedBrief(draft: BriefDraft): ComposedBrief {
  const title = draft.title.trim();
  return {
    ...(title ? { title } : {}),
    scope: draft.scope,
    structure: draft.structure,
    sections: draft.sections,
    summary: draft.summary,
    judgments: draft.judgments,
  };
}
