/**
 * One proposed date in the list: its reading and the words it was read from (a button that shows
 * them in the reader), what it was resolved against, and "Add to timeline", disabled with the
 * reason while it needs a reference date.
 */
import { useId } from 'react';
import type { DateProposal, DocumentId } from '../../../../electron/contract';
import { openDocument } from '../../navigation/navigation';
import { addProposalToTimeline, addToTimelineBlocked } from './add-to-timeline';
import { proposalLabel, resolutionOf } from './describe-proposal';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

interface Props {
  proposal: DateProposal;
  documentId: DocumentId;
  /** The reference date the proposals were resolved against. */
  reference: string | null;
}

export function ProposalItem({ proposal, documentId, reference }: Props) {
  const resolutionId = useId();
  const label = proposalLabel(proposal);
  const blocked = addToTimelineBlocked(proposal, reference);
  const show = () => void openDocument(documentId, { kind: 'flash', start: proposal.start, end: proposal.end });
  return (
    <li className={label === null ? 'date-item date-item-unresolved' : 'date-item'}>
      <button type="button" className="date-open" onClick={show}>
        {label !== null ? <span className="date-label">{label}</span> : null}
        {label === null || !same(label, proposal.text) ? <span className="date-text">“{proposal.text}”</span> : null}
      </button>
      <p className="date-resolution" id={resolutionId}>
        {resolutionOf(proposal, reference)}
      </p>
      <button
        type="button"
        className="button-quiet date-add"
        disabled={blocked !== null}
        title={blocked ?? undefined}
        aria-describedby={blocked ? resolutionId : undefined}
        onClick={() => void addProposalToTimeline(proposal)}
      >
        Add to timeline
      </button>
    </li>
  );
}
