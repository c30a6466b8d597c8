/**
 * The open document's source reliability (A–F), and "Apply to all documents from <source>": asks
 * first, naming how many documents it will grade, then grades them in one undoable step.
 */
import { useState } from 'react';
import { RELIABILITIES, RELIABILITY_WORDING, type DocumentDetail } from '../../../../electron/contract';
import { GradeChoice } from '../../components/GradeChoice';
import { GradingHelpButton } from '../../components/GradingHelp';
import { plural } from '../../lib/plural';
import { useAppStore } from '../../store/app-store';
import { gradeDocument, gradeSource } from './library-service';

export function SourceGrade({ doc }: { doc: DocumentDetail }) {
  const [confirming, setConfirming] = useState(false);
  const source = doc.source;
  const fromSource = useAppStore(
    (s) => s.documents.filter((d) => source !== null && d.source?.toLowerCase() === source.toLowerCase()).length,
  );
  const grade = doc.reliability;
  return (
    <div className="source-grade">
      <GradeChoice
        legend="Source reliability"
        value={grade}
        grades={RELIABILITIES}
        wording={(letter) => RELIABILITY_WORDING[letter]}
        onChange={(reliability) => {
          setConfirming(false);
          void gradeDocument(doc.id, reliability);
        }}
        help={<GradingHelpButton />}
      />
      {source && grade && fromSource > 1 && !confirming ? (
        <button type="button" className="button-quiet" onClick={() => setConfirming(true)}>
          Apply to all documents from {source}
        </button>
      ) : null}
      {source && grade && confirming ? (
        <div className="source-grade-confirm" role="group" aria-label="Grade the whole source">
          <p>
            Grade all {plural(fromSource, 'document')} from {source} {grade} — {RELIABILITY_WORDING[grade]}?
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button-primary"
              onClick={() => {
                setConfirming(false);
                void gradeSource(source, grade);
              }}
            >
              Grade {plural(fromSource, 'document')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
