/**
 * Imports files from disk one batch at a time: read a batch (≤ 100 files, ≤ 64 MB), send it as one
 * `documents.import` call (one transaction), and while the core parses and stores it, read the next,
 * so the disk and the parse workers overlap and a folder of any size imports with at most two
 * batches in memory (the one being stored and the one read ahead, never more). A batch's files are
 * read a few at once. Every call carries the job id and where it stands in the whole job, so
 * progress counts across batches and a cancel refuses the batches still to come. Shared by the
 * desktop dialogs and the CLI, which differ only in how they call the core.
 */
import {
  IMPORT_BATCH,
  planBatches,
  type BatchLimits,
  type ImportFile,
  type ImportReport,
  type MethodInput,
} from '../../contract';
import { messageOf } from './library-service';
import { readIntakeFile, type IntakeFile } from './path-intake';

/** Files of one batch read at once: enough to keep libuv's four threads and the disk busy. */
const READ_CONCURRENCY = 8;

export interface BatchedImport {
  files: readonly IntakeFile[];
  jobId: string;
  /** The name a file goes by in the payload and the report (a base name, or the path as given). */
  nameOf: (path: string) => string;
  /** One `documents.import` call; a thrown error fails that batch's files and the import goes on. */
  call: (input: MethodInput<'documents.import'>) => Promise<ImportReport>;
  limits?: BatchLimits;
  /** How one file is read; tests watch the order of reads and calls through it. */
  read?: typeof readIntakeFile;
}

interface ReadBatch {
  files: ImportFile[];
  failed: ImportReport['failed'];
}

/** Reads a batch's files, a few at once, keeping their order; a file that can't be read is a failure, not an error. */
async function readBatch(batch: readonly IntakeFile[], job: BatchedImport): Promise<ReadBatch> {
  const read = job.read ?? readIntakeFile;
  const results: Awaited<ReturnType<typeof readIntakeFile>>[] = [];
  const names = batch.map((file) => job.nameOf(file.path));
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < batch.length; i = next++) results[i] = await read(batch[i]!, names[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, batch.length) }, reader));
  const out: ReadBatch = { files: [], failed: [] };
  results.forEach((result, i) => {
    if ('failure' in result) out.failed.push(result.failure);
    else out.files.push({ name: names[i]!, contentBase64: result.bytes.toString('base64') });
  });
  return out;
}

/** The whole job's report: what every batch added, and `cancelled` if a cancel stopped it. */
export async function importInBatches(job: BatchedImport): Promise<ImportReport> {
  const report: ImportReport = { imported: [], duplicates: [], failed: [], warnings: [] };
  const batches = planBatches(job.files, (file) => file.size, job.limits ?? IMPORT_BATCH);
  let sent = 0;
  let unread = 0;
  let ahead = batches.length > 0 ? readBatch(batches[0]!, job) : null;
  for (let b = 0; ahead; b++) {
    const { files, failed } = await ahead;
    // The next batch is read while this one is parsed and stored; the one after waits for this call.
    ahead = b + 1 < batches.length ? readBatch(batches[b + 1]!, job) : null;
    report.failed.push(...failed);
    unread += failed.length;
    if (files.length === 0) continue;
    const total = job.files.length - unread;
    let part: ImportReport;
    try {
      part = await job.call({ files, jobId: job.jobId, batch: { offset: sent, total } });
    } catch (error) {
      const reason = messageOf(error);
      report.failed.push(...files.map(({ name }) => ({ name, message: `${name} was not imported: ${reason}` })));
      continue;
    } finally {
      sent += files.length;
    }
    if (part.cancelled) {
      await ahead; // nothing is left reading once the import has returned
      return { ...report, cancelled: true };
    }
    report.imported.push(...part.imported);
    report.duplicates.push(...part.duplicates);
    report.failed.push(...part.failed);
    report.warnings.push(...part.warnings);
  }
  return report;
}
