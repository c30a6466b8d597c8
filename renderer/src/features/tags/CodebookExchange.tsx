/** Export the codebook as .qdc or .csv, import one, and the import's report until dismissed. */
import { useRef } from 'react';
import { CODEBOOK_ACCEPT, exportCodebook, importCodebook, reportSummary, type ImportReport } from './codebook-exchange';

export interface ImportedCodebook {
  fileName: string;
  report: ImportReport;
}

export function CodebookExchange({ onImported }: { onImported: (imported: ImportedCodebook) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="codebook-exchange" role="group" aria-label="Codebook file">
      <button type="button" onClick={() => void exportCodebook('qdc')} title="REFI-QDA codebook, for other QDA tools">
        Export .qdc
      </button>
      <button type="button" onClick={() => void exportCodebook('csv')} title="name, parent, colour, description">
        Export .csv
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        Import codebook…
      </button>
      <input
        ref={input}
        type="file"
        accept={CODEBOOK_ACCEPT}
        hidden
        aria-label="Codebook file to import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          void importCodebook(file).then((found) => found && onImported({ fileName: file.name, report: found }));
        }}
      />
    </div>
  );
}

/** What an import changed, and its warnings, until dismissed. */
export function ImportReportBanner({ imported, onDismiss }: { imported: ImportedCodebook; onDismiss: () => void }) {
  const { fileName, report } = imported;
  return (
    <section className="import-report" aria-label="Codebook import">
      <p>
        <strong>Imported “{fileName}”:</strong> {reportSummary(report)}.
      </p>
      {report.created.length > 0 ? <p>Added: {report.created.join(', ')}</p> : null}
      {report.updated.length > 0 ? <p>Updated: {report.updated.join(', ')}</p> : null}
      {report.warnings.length > 0 ? (
        <ul className="import-warnings">
          {report.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="button-quiet" onClick={() => onDismiss()}>
        Dismiss
      </button>
    </section>
  );
}
