/**
 * Highlighting the reader's selection (H), showing the highlight panel, tagging the selected
 * highlight from the keyboard (T opens the picker, 1–9 apply pinned tags) and the grading help.
 */
import { defineCommands, type Command } from '../../commands/registry';
import { useAppStore } from '../../store/app-store';
import { highlightSelection } from './highlight-service';
import { openTagPicker, selectedHighlight, togglePinnedTag } from './tag-keys';

const PLACES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/** Tag keys act on the highlight selected in the reader, only while the reader is the view on screen. */
const canTagFromKeys = () => useAppStore.getState().mainView === 'reader' && selectedHighlight() !== null;

const pinnedTagCommand = (place: (typeof PLACES)[number]): Command<`tag.pinned-${typeof place}`> => ({
  id: `tag.pinned-${place}`,
  label: `Apply pinned tag ${place}`,
  shortcuts: [String(place)],
  enabled: canTagFromKeys,
  run: () => void togglePinnedTag(place),
});

export const highlightCommands = defineCommands([
  {
    id: 'highlight',
    label: 'Highlight selection',
    shortcuts: ['H'],
    enabled: () => useAppStore.getState().pendingSelection !== null,
    run: () => void highlightSelection('yellow'),
  },
  {
    id: 'panel.highlight',
    label: 'Show highlight panel',
    shortcuts: ['Alt+1'],
    run: () => useAppStore.getState().setPanel('highlight'),
  },
  {
    id: 'tag.pick',
    label: 'Tag selected highlight…',
    shortcuts: ['T'],
    enabled: canTagFromKeys,
    run: openTagPicker,
  },
  ...PLACES.map(pinnedTagCommand),
  {
    id: 'grading.help',
    label: 'Grading help (source A–F, information 1–6)',
    shortcuts: [],
    run: () => useAppStore.getState().openDialog({ kind: 'grading-help' }),
  },
]);
