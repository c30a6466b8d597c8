/** Runs `checkLibraryFile` in a worker thread of its own (library-check-worker.ts) and resolves with its verdict. */
import type { CheckOptions, LibraryCheck } from '../db/library-check';
import { spawnWorker } from './spawn-worker';

export function checkLibraryFileOffThread(
  file: string,
  options: CheckOptions & { workerDir?: string },
): Promise<LibraryCheck> {
  const { workerDir, ...check } = options;
  return new Promise((resolve, reject) => {
    const worker = spawnWorker('library-check-worker', { workerDir, data: { file, options: check } });
    let answered = false;
    worker.once('message', (verdict: LibraryCheck) => {
      answered = true;
      resolve(verdict);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the library check stopped without an answer (exit code ${code})`));
    });
  });
}
