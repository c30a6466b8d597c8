/**
 * One card per running import: how far it is ("Importing 3 of 10 — report.pdf"), a progress bar,
 * and Cancel. Until the first progress event it says what is happening instead ("Reading files…").
 */
import { useAppStore } from '../../store/app-store';
import type { ImportJob } from '../../store/import-slice';
import { cancelImport } from './import-service';
import './import.css';

function describe({ progress, startingLabel, cancelling }: ImportJob): string {
  if (cancelling) return 'Cancelling the import…';
  if (!progress) return startingLabel;
  const { done, total, current } = progress;
  return current ? `Importing ${Math.min(done + 1, total)} of ${total} — ${current}` : `Importing ${done} of ${total}`;
}

function ImportCard({ job }: { job: ImportJob }) {
  const { progress } = job;
  const label = describe(job);
  const share = progress && progress.total > 0 ? Math.min(progress.done / progress.total, 1) : null;
  return (
    <div className="toast import-progress" role="group" aria-label="Import">
      <div className="toast-body">
        <p className="toast-message">{label}</p>
        <div
          className={`progress-track${share === null ? ' progress-waiting' : ''}`}
          role="progressbar"
          aria-label="Import progress"
          aria-valuemin={0}
          aria-valuemax={progress?.total}
          aria-valuenow={progress?.done}
          aria-valuetext={progress ? `${progress.done} of ${progress.total}` : label}
        >
          <div className="progress-fill" style={share === null ? undefined : { width: `${share * 100}%` }} />
        </div>
      </div>
      <button
        type="button"
        className="toast-action"
        disabled={job.cancelling}
        onClick={() => void cancelImport(job.jobId)}
      >
        Cancel
      </button>
    </div>
  );
}

export function ImportProgressList() {
  const imports = useAppStore((s) => s.imports);
  if (imports.length === 0) return null;
  return (
    <div className="toast-stack">
      {imports.map((job) => (
        <ImportCard key={job.jobId} job={job} />
      ))}
    </div>
  );
}
