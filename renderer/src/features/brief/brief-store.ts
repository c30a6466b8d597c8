/**
 * The Brief view's access to its slice of the app store (`brief`): a selector hook for components,
 * a read and a merge for the service.
 */
import type { BriefDraft } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import type { BriefState, ComposedBrief } from '../../store/brief-slice';

/** Reads the view's state in a component. */
export function useBrief<T>(select: (state: BriefState) => T): T {
  return useAppStore((s) => select(s.brief));
}

export const briefState = (): BriefState => useAppStore.getState().brief;

/** Merges a change into the view's state. */
export function setBrief(patch: Partial<BriefState>): void {
  useAppStore.setState((s) => ({ brief: { ...s.brief, ...patch } }));
}

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
