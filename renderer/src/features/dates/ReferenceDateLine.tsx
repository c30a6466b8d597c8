/**
 * The top of "Dates in this document": the reference date relative dates were resolved against (the
 * document's published date) or, when there is none, the date the text suggests, which becomes the
 * published date only when the analyst confirms it.
 */
import { useState } from 'react';
import type { DocumentDates, DocumentDetail } from '../../../../electron/contract';
import { openDocument } from '../../navigation/navigation';
import { confirmPublishedSuggestion } from './dates-service';
import { dateLabel } from './describe-proposal';

export function ReferenceDateLine({ doc, dates }: { doc: DocumentDetail; dates: DocumentDates }) {
  const [saving, setSaving] = useState(false);
  if (dates.reference) {
    return (
      <p className="date-reference">
        Reference date: <strong>{dateLabel(dates.reference)}</strong> (the published date): relative dates such as “a
        day later” or “in June” are resolved against it.
      </p>
    );
  }
  const suggestion = dates.publishedSuggestion;
  const waiting = dates.proposals.filter((p) => p.needsReference).length;
  const confirm = async () => {
    if (!suggestion) return;
    setSaving(true);
    try {
      await confirmPublishedSuggestion(suggestion);
    } finally {
      setSaving(false);
    }
  };
  return (
    <div
      className={waiting ? 'date-reference date-reference-missing' : 'date-reference'}
      role="group"
      aria-label="Reference date"
    >
      <p>
        {doc.publishedDate
          ? `The published date ${doc.publishedDate} is not a day in the calendar, so it cannot serve as the reference date.`
          : 'This document has no published date.'}
        {waiting
          ? ` ${waiting === 1 ? 'One date' : `${waiting} dates`} below ${waiting === 1 ? 'needs' : 'need'} it to be resolved.`
          : ''}
      </p>
      {suggestion ? (
        <p className="date-suggestion">
          The text suggests <strong>{dateLabel(suggestion.edtf)}</strong> ({suggestion.why},{' '}
          <button
            type="button"
            className="button-link"
            onClick={() => void openDocument(doc.id, { kind: 'flash', start: suggestion.start, end: suggestion.end })}
          >
            “{suggestion.text}”
          </button>
          ){' '}
          <button type="button" className="button-primary" disabled={saving} onClick={() => void confirm()}>
            Use as published date
          </button>
        </p>
      ) : (
        <p className="panel-hint">Set it in the document’s details (“Edit details” above the text).</p>
      )}
    </div>
  );
}
