/**
 * Starts one of core's worker threads. From source the entry is TypeScript, loaded through tsx;
 * in the bundled Electron app the shell passes `workerDir`, where electron-vite put `<name>.js`.
 */
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';

export type WorkerName = 'search-worker' | 'index-builder' | 'parse-worker' | 'library-worker';

export interface WorkerOptions {
  /** Folder holding the bundled `<name>.js` entries; absent when running from source. */
  workerDir?: string;
  data: unknown;
}

export interface SpawnOptions extends WorkerOptions {
  resourceLimits?: ResourceLimits;
}

export function spawnWorker(name: WorkerName, options: SpawnOptions): Worker {
  const common = { resourceLimits: options.resourceLimits, stdout: false, stderr: false };
  if (options.workerDir) {
    return new Worker(join(options.workerDir, `${name}.js`), { ...common, workerData: { data: options.data } });
  }
  const entry = new URL(`./${name}.ts`, import.meta.url).href;
  return new Worker(new URL('./ts-worker-boot.mjs', import.meta.url), {
    ...common,
    workerData: { entry, data: options.data },
  });
}
