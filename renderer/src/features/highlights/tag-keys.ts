/**
 * Tagging the selected highlight from the keyboard: T opens the quick picker, digits 1–9 apply the
 * tag pinned at that place in the codebook (`TagSummary.pin`), or take it off when the highlight
 * already has it. Each says what it did in the status line.
 */
import type { Highlight } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { showToast } from '../../store/toasts';
import { changeHighlightTag } from './tag-edits';

/** The selected highlight, when the open document has it. */
export function selectedHighlight(): Highlight | null {
  const { doc, selectedHighlightId } = useAppStore.getState();
  return doc?.highlights.find((h) => h.id === selectedHighlightId) ?? null;
}

export function openTagPicker(): void {
  const highlight = selectedHighlight();
  if (highlight) useAppStore.getState().openDialog({ kind: 'tag-picker', highlightId: highlight.id });
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

export async function applyTag(highlight: Highlight, name: string): Promise<void> {
  await changeHighlightTag(highlight.id, 'add', name);
  showToast({ tone: 'success', message: `Tagged “${name}”` });
}

export async function togglePinnedTag(place: number): Promise<void> {
  const highlight = selectedHighlight();
  if (!highlight) return;
  const tag = useAppStore.getState().tags.find((t) => t.pin === place);
  if (!tag) {
    showToast({
      tone: 'info',
      message: `No tag is pinned at ${place}. Pin tags in the Tags view to apply them with 1–9.`,
    });
    return;
  }
  const had = highlight.tags.find((name) => sameName(name, tag.name));
  if (had) {
    await changeHighlightTag(highlight.id, 'remove', had);
    showToast({ tone: 'info', message: `Removed tag “${tag.name}” (pinned ${place})` });
  } else {
    await changeHighlightTag(highlight.id, 'add', tag.name);
    showToast({ tone: 'success', message: `Tagged “${tag.name}” (pinned ${place})` });
  }
}
