/** Renders whichever modal the store says is open. */
import { useAppStore } from '../store/app-store';
import { CommandPalette } from '../commands/CommandPalette';
import { EventFormDialog } from '../features/timeline/EventFormDialog';
import { LinkEventDialog } from '../features/timeline/LinkEventDialog';
import { LinkPassageDialog } from '../features/highlights/LinkPassageDialog';
import { TagPicker } from '../features/highlights/TagPicker';
import { GradingHelpDialog } from '../components/GradingHelp';

export function Dialogs() {
  const dialog = useAppStore((s) => s.dialog);
  switch (dialog?.kind) {
    case 'palette':
      return <CommandPalette />;
    case 'event-form':
      return <EventFormDialog highlightId={dialog.highlightId} eventId={dialog.eventId} prefill={dialog.prefill} />;
    case 'link-event':
      return <LinkEventDialog highlightId={dialog.highlightId} />;
    case 'tag-picker':
      return <TagPicker highlightId={dialog.highlightId} />;
    case 'link-passage':
      return <LinkPassageDialog highlightId={dialog.highlightId} />;
    case 'grading-help':
      return <GradingHelpDialog />;
    default:
      return null;
  }
}
