/** The dates feature's commands: its panel, and turning the date selected in the reader into an event. */
import type { DateProposal } from '../../../../electron/contract';
import { defineCommands } from '../../commands/registry';
import { useAppStore } from '../../store/app-store';
import { addProposalToTimeline } from './add-to-timeline';

const store = useAppStore.getState;

/** The resolved date the reader's selection touches (selecting part of it is enough). */
function selectedDate(): DateProposal | null {
  const { mainView, doc, documentDates, pendingSelection } = store();
  if (mainView !== 'reader' || !doc || !pendingSelection || documentDates?.documentId !== doc.id) return null;
  const { start, end } = pendingSelection;
  return documentDates.dates.proposals.find((p) => p.edtf !== null && p.start < end && p.end > start) ?? null;
}

export const datesCommands = defineCommands([
  {
    id: 'panel.dates',
    label: 'Show dates in this document',
    shortcuts: ['Alt+4'],
    run: () => store().setPanel('dates'),
  },
  {
    id: 'dates.add-selected',
    label: 'Add selected date to timeline',
    shortcuts: ['D'],
    enabled: () => selectedDate() !== null,
    run: () => {
      const proposal = selectedDate();
      if (proposal) void addProposalToTimeline(proposal);
    },
  },
]);
