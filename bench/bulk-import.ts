/**
 * One import run as the issue times it: files written to a folder, then imported the way
 * `dossier import <folder>` does it (takeStock, importInBatches, one `documents.import` call and one
 * transaction per batch of 100) into a fresh library, timed from the first read to the last commit.
 * The search index builds in the background meanwhile; for the bulk run, the time until it answers
 * from every document is reported too. FTS5 reads the same files and ingests them in one transaction
 * in the same process just before, so the ratio compares like with like on a shared machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SearchStatus } from '../electron/contract';
import { createCore } from '../electron/core/create-core';
import type { ParsePool } from '../electron/core/importers/parse-pool';
import { importInBatches } from '../electron/core/services/batched-import';
import { takeStock } from '../electron/core/services/path-intake';
import { ingestFiles } from './fts5-reference';
import type { CorpusDocument } from './search-corpus';

const SEARCHABLE_TIMEOUT_MS = 300_000;
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

/** One import run: Dossier (through the CLI's path) and FTS5 over the same files, in the same process. */
export interface ImportFigures {
  documents: number;
  megabytes: number;
  /** From the first file read to the last batch committed. */
  importMs: number;
  /** CPU time of the whole process (every thread: parse workers, search index, main) over `importMs`. */
  importCpuMs: number;
  /** From the first file read until search answers from every document ('ready', all indexed); null when not waited for. */
  searchableMs: number | null;
  fts5Ms: number;
  fts5CpuMs: number;
}

/** Writes the files into a new folder and returns its path and their total size in bytes. */
export function writeFolder(files: readonly { name: string; bytes: Uint8Array }[]): { folder: string; bytes: number } {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-bench-files-'));
  let bytes = 0;
  for (const file of files) {
    writeFileSync(join(folder, file.name), file.bytes);
    bytes += file.bytes.length;
  }
  return { folder, bytes };
}

/** The corpus as `<title line>\n\n<paragraphs>` .txt files, as a folder of saved reports would hold them. */
export function textFiles(docs: readonly CorpusDocument[]): { name: string; bytes: Buffer }[] {
  return docs.map((doc, i) => ({
    name: `report-${String(i).padStart(6, '0')}.txt`,
    bytes: Buffer.from(`${doc.title}\n\n${doc.text}\n`),
  }));
}

export interface ImportFolderOptions {
  /** A parse pool already started (and warmed), shared by the runs; default: the core's own. */
  pool?: ParsePool;
  /** Also wait until search answers from every document. */
  searchable?: boolean;
}

/** Imports the folder through the CLI's path into a fresh library; resolves with commit and searchable times. */
export async function importFolder(
  folder: string,
  expected: number,
  options: ImportFolderOptions = {},
): Promise<{ importMs: number; importCpuMs: number; searchableMs: number | null }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-bench-import-'));
  const core = createCore({ dataDir, platform: 'cli', imports: options.pool && { pool: options.pool } });
  try {
    let readyAt: number | null = null;
    const isReady = (status: SearchStatus) => status.state === 'ready' && status.indexed >= expected;
    const stop = core.on('search.status', (status) => {
      if (isReady(status)) readyAt ??= performance.now();
    });
    const started = performance.now();
    const cpu = process.cpuUsage();
    const intake = await takeStock([folder], basename);
    const report = await importInBatches({
      files: intake.files,
      jobId: 'bench-import',
      nameOf: basename,
      call: async (input) => {
        const result = await core.handle('documents.import', input);
        if (!result.ok) throw new Error(result.error.message);
        return result.value;
      },
    });
    const importMs = performance.now() - started;
    const importCpuMs = cpuMs(process.cpuUsage(cpu));
    // A file whose text equals another's (Readability can reduce two pages to one text) is read and
    // checked like the rest, then reported as a duplicate: only a failure stops the bench.
    if (report.failed.length > 0 || report.imported.length + report.duplicates.length !== expected) {
      throw new Error(
        `the import stored ${report.imported.length} of ${expected}: ${report.failed[0]?.message ?? 'no reason given'}`,
      );
    }
    const deadline = performance.now() + SEARCHABLE_TIMEOUT_MS;
    while (options.searchable && readyAt === null && performance.now() < deadline) {
      const status = await core.handle('search.status', {});
      if (status.ok && isReady(status.value)) readyAt ??= performance.now();
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
    stop();
    return { importMs, importCpuMs, searchableMs: readyAt === null ? null : readyAt - started };
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** FTS5 first (the files are in the page cache for both), then Dossier, over one folder written for the run. */
export async function measureImport(
  files: readonly { name: string; bytes: Uint8Array }[],
  options: ImportFolderOptions = {},
): Promise<ImportFigures> {
  const { folder, bytes } = writeFolder(files);
  try {
    const cpu = process.cpuUsage();
    const fts5Ms = ingestFiles(folder);
    const fts5CpuMs = cpuMs(process.cpuUsage(cpu));
    const dossier = await importFolder(folder, files.length, options);
    return { documents: files.length, megabytes: bytes / 1024 / 1024, ...dossier, fts5Ms, fts5CpuMs };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
