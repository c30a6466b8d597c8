/**
 * "Dates in this document": the open document's reference date (or the one its text suggests) and
 * every date its text names, in reading order, each one click from the reader and from the timeline.
 */
import { useAppStore } from '../../store/app-store';
import { EmptyState } from '../../components/EmptyState';
import { ProposalItem } from './ProposalItem';
import { ReferenceDateLine } from './ReferenceDateLine';
import './dates.css';

export function DatesPanel() {
  const doc = useAppStore((s) => s.doc);
  const entry = useAppStore((s) => s.documentDates);
  if (!doc) {
    return <EmptyState title="No document open">Open a document to see the dates its text names.</EmptyState>;
  }
  if (entry?.documentId !== doc.id) {
    return (
      <p className="panel-hint" role="status">
        Reading the dates in this document…
      </p>
    );
  }
  const { dates } = entry;
  return (
    <section className="dates-panel" aria-labelledby="dates-heading">
      <h3 id="dates-heading" className="dates-heading">
        Dates in this document
      </h3>
      <ReferenceDateLine doc={doc} dates={dates} />
      {dates.proposals.length === 0 ? (
        <EmptyState title="No dates found">
          This document’s text names no day, month or year Dossier can read.
        </EmptyState>
      ) : (
        <ol className="date-list" aria-label="Dates in this document">
          {dates.proposals.map((proposal) => (
            <ProposalItem
              key={`${proposal.start}-${proposal.end}`}
              proposal={proposal}
              documentId={doc.id}
              reference={dates.reference}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
