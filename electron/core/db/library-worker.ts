/**
 * Worker thread for whole-library work that would otherwise hold up the thread answering the UI:
 * the start-up check (SQLite's quick_check: ~0.1 s warm, over a second cold at 10,000 documents)
 * and the daily backup (the online backup API writing ~100 MB, then integrity_check of the copy).
 * One job per worker; it answers once and exits.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { createBackup } from './backup';
import { checkLibraryFile } from './library-check';
import type { LibraryJob, LibraryJobAnswer } from './library-off-thread';

async function run(job: LibraryJob): Promise<LibraryJobAnswer> {
  if (job.kind === 'check') return { ok: true, value: checkLibraryFile(job.file, job.options) };
  const binding = job.nativeBinding ? { nativeBinding: job.nativeBinding } : {};
  // Its own read-only connection: a backup of a WAL library reads one consistent snapshot.
  const db = new Database(job.dbPath, { readonly: true, fileMustExist: true, ...binding });
  try {
    const made = await createBackup(db, job.dataDir, new Date(job.now), { nativeBinding: job.nativeBinding });
    return { ok: true, value: made };
  } finally {
    db.close();
  }
}

const { job } = (workerData as { data: { job: LibraryJob } }).data;
run(job).then(
  (answer) => parentPort?.postMessage(answer),
  (error: unknown) =>
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
);
