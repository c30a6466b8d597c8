/**
 * Imports files from disk one batch at a time: read a batch (≤ 100 files, ≤ 64 MB), send it as one
 * `documents.import` call (one transaction), and only then read the next, so a folder of any size
 * imports with one batch in memory. Every call carries the job id and where it stands in the whole
 * job, so progress counts across batches and a cancel refuses the batches still to come. Shared by
 * the desktop dialogs and the CLI, which differ only in how they call the core.
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

export interface BatchedImport {
  files: readonly IntakeFile[];
  jobId: string;
  /** The name a file goes by in the payload and the report (a base name, or the path as given). */
  nameOf: (path: string) => string;
  /** One `documents.import` call; a thrown error fails that batch's files and the import goes on. */
  call: (input: MethodInput<'documents.import'>) => Promise<ImportReport>;
  limits?: BatchLimits;
}

/** The whole job's report: what every batch added, and `cancelled` if a cancel stopped it. */
export async function importInBatches(job: BatchedImport): Promise<ImportReport> {
  const report: ImportReport = { imported: [], duplicates: [], failed: [], warnings: [] };
  let sent = 0;
  let unread = 0;
  for (const batch of planBatches(job.files, (file) => file.size, job.limits ?? IMPORT_BATCH)) {
    const files: ImportFile[] = [];
    for (const file of batch) {
      const name = job.nameOf(file.path);
      const read = await readIntakeFile(file, name);
      if ('failure' in read) {
        report.failed.push(read.failure);
        unread++;
      } else files.push({ name, contentBase64: read.bytes.toString('base64') });
    }
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
    if (part.cancelled) return { ...report, cancelled: true };
    report.imported.push(...part.imported);
    report.duplicates.push(...part.duplicates);
    report.failed.push(...part.failed);
    report.warnings.push(...part.warnings);
  }
  return report;
}
