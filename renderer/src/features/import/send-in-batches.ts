/**
 * Sends the browser's files to `documents.import` one batch at a time (≤ 100 files, ≤ 64 MB): a batch
 * is read only after the one before it was stored, so a drop or a folder of any size imports without
 * holding every file in memory, and no call goes over the contract's 500-file limit. Each call says
 * where it stands in the whole job, so the core's progress counts over all of it. A file over the
 * size limit is refused before it is read.
 */
import {
  MAX_IMPORT_FILE_BYTES,
  planBatches,
  tooLargeMessage,
  type BatchLimits,
  type ImportFile,
  type ImportReport,
  type MethodInput,
  type Result,
} from '../../../../electron/contract';

export interface BatchSender {
  jobId: string;
  read: (files: readonly File[]) => Promise<ImportFile[]>;
  send: (input: MethodInput<'documents.import'>) => Promise<Result<ImportReport>>;
  /** Asked before each batch is sent: a cancel between batches sends nothing more. */
  cancelled: () => boolean;
  limits?: BatchLimits;
}

export async function sendInBatches(files: readonly File[], sender: BatchSender): Promise<ImportReport> {
  const report: ImportReport = { imported: [], duplicates: [], failed: [], warnings: [] };
  const readable = files.filter((file) => file.size <= MAX_IMPORT_FILE_BYTES);
  for (const file of files) {
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      report.failed.push({ name: file.name, message: tooLargeMessage(file.name, file.size) });
    }
  }
  let offset = 0;
  for (const batch of planBatches(readable, (file) => file.size, sender.limits)) {
    const payload = await sender.read(batch);
    if (sender.cancelled()) return { ...report, cancelled: true };
    const result = await sender.send({
      files: payload,
      jobId: sender.jobId,
      batch: { offset, total: readable.length },
    });
    offset += batch.length;
    if (!result.ok) {
      const { message } = result.error;
      report.failed.push(...batch.map(({ name }) => ({ name, message: `${name} was not imported: ${message}` })));
      continue;
    }
    if (result.value.cancelled) return { ...report, cancelled: true };
    report.imported.push(...result.value.imported);
    report.duplicates.push(...result.value.duplicates);
    report.failed.push(...result.value.failed);
    report.warnings.push(...result.value.warnings);
  }
  return report;
}
