/**
 * Starts a worker thread for a domain's entry. From source the entry is TypeScript beside its
 * caller, loaded through tsx; in the bundled Electron app the shell passes `workerDir`, where
 * electron-vite put `<name>.js`. This folder is generic thread code (spawning, RPC): it knows no
 * entry, so no arrow runs from it back into search, importers or db.
 */
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** A worker entry: its bundled name, and the module URL (`import.meta.url`) of a file beside its source. */
export interface WorkerEntry {
  name: string;
  besides: string;
}

export interface WorkerOptions {
  /** Folder holding the bundled `<name>.js` entries; absent when running from source. */
  workerDir?: string;
  data: unknown;
}

export interface SpawnOptions extends WorkerOptions {
  resourceLimits?: ResourceLimits;
}

export function spawnWorker(entry: WorkerEntry, options: SpawnOptions): Worker {
  const common = { resourceLimits: options.resourceLimits, stdout: false, stderr: false };
  if (options.workerDir) {
    return new Worker(join(options.workerDir, `${entry.name}.js`), { ...common, workerData: { data: options.data } });
  }
  const source = new URL(`./${entry.name}.ts`, entry.besides).href;
  return new Worker(new URL('./ts-worker-boot.mjs', import.meta.url), {
    ...common,
    workerData: { entry: source, data: options.data },
  });
}
