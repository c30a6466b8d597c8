/**
 * The Brief view, a main view beside the reader, the timeline and the tags: the brief's settings
 * and scope, the analyst's summary and key judgments with their cited passages, and the live
 * preview of exactly what Export writes. Everything is saved with the project as it is edited.
 */
import { useEffect, type KeyboardEvent } from 'react';
import { showView } from '../../navigation/navigation';
import { BriefPreview } from './BriefPreview';
import { BriefSettings } from './BriefSettings';
import { flushBrief, openBrief } from './brief-service';
import { useBrief } from './brief-store';
import { ExportBar } from './ExportBar';
import { JudgmentsEditor } from './JudgmentsEditor';
import { PassageList } from './PassageList';
import './brief.css';
import './brief-compose.css';
import './brief-preview.css';
import { BackToReader } from '../../components/BackToReader';

const isTextField = (target: EventTarget): boolean =>
  target instanceof HTMLElement && target.matches('input, textarea, select, [contenteditable]');

export function BriefView() {
  const draft = useBrief((s) => s.draft);
  const passages = useBrief((s) => s.passages);
  const composed = useBrief((s) => (s.previewStale ? null : (s.preview?.composed ?? null)));
  const saveError = useBrief((s) => s.saveError);

  useEffect(() => {
    void openBrief();
    // What was typed just before leaving is saved, not lost with the view.
    return () => void flushBrief();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented || isTextField(event.target)) return;
    event.preventDefault();
    showView('reader');
  };

  return (
    <main className="brief-view" aria-label="Brief view" onKeyDown={onKeyDown}>
      <header className="brief-view-header">
        <BackToReader onBack={() => showView('reader')} />
        <h2 className="brief-view-title">Brief</h2>
        <ExportBar composed={composed} beforeExport={flushBrief} />
      </header>
      {saveError ? (
        <p className="brief-save-error" role="alert">
          Not saved: {saveError}
        </p>
      ) : null}
      {draft && passages ? (
        <div className="brief-view-body">
          <div className="brief-compose">
            <BriefSettings draft={draft} />
            <JudgmentsEditor draft={draft} passages={passages} />
            <PassageList passages={passages} />
          </div>
          <BriefPreview hasPassages={passages.length > 0} />
        </div>
      ) : (
        <p className="panel-hint brief-loading">Loading the brief…</p>
      )}
    </main>
  );
}
