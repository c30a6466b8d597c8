/**
 * Worker thread that runs SQLite's integrity check of a library file once and answers with the
 * verdict. On a large library the check takes from a tenth of a second to two (cold cache), which
 * on the thread that answers the UI would be a stall; the daily backup's copy is checked here.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkLibraryFile, type CheckOptions } from '../db/library-check';

const { file, options } = (workerData as { data: { file: string; options: CheckOptions } }).data;
parentPort?.postMessage(checkLibraryFile(file, options));
