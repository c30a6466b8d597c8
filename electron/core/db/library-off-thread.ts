/** Runs one whole-library job (check, backup) in a worker thread of its own (library-worker.ts) and resolves with its answer. */
import type { BackupFile } from './backup';
import type { CheckOptions, LibraryCheck } from './library-check';
import { spawnWorker } from '../threads/spawn-worker';

export type LibraryJob =
  | { kind: 'check'; file: string; options: CheckOptions }
  | { kind: 'backup'; dbPath: string; dataDir: string; now: string; nativeBinding?: string };

export type LibraryJobAnswer = { ok: true; value: LibraryCheck | BackupFile } | { ok: false; message: string };

function runJob(job: LibraryJob, workerDir: string | undefined): Promise<LibraryCheck | BackupFile> {
  return new Promise((resolve, reject) => {
    const worker = spawnWorker({ name: 'library-worker', besides: import.meta.url }, { workerDir, data: { job } });
    let answered = false;
    worker.once('message', (answer: LibraryJobAnswer) => {
      answered = true;
      if (answer.ok) resolve(answer.value);
      else reject(new Error(answer.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the library worker stopped without an answer (exit code ${code})`));
    });
  });
}

export function checkLibraryFileOffThread(
  file: string,
  options: CheckOptions & { workerDir?: string },
): Promise<LibraryCheck> {
  const { workerDir, ...check } = options;
  return runJob({ kind: 'check', file, options: check }, workerDir) as Promise<LibraryCheck>;
}

/** `createBackup` on a connection of the worker's own, so neither the copy nor its check runs on the caller's thread. */
export function backUpOffThread(
  dbPath: string,
  dataDir: string,
  now: Date,
  options: { nativeBinding?: string; workerDir?: string },
): Promise<BackupFile> {
  const job: LibraryJob = {
    kind: 'backup',
    dbPath,
    dataDir,
    now: now.toISOString(),
    nativeBinding: options.nativeBinding,
  };
  return runJob(job, options.workerDir) as Promise<BackupFile>;
}
