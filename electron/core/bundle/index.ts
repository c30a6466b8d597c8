/** The `.dossier` bundle: one project as a zip, written and read as a pure core module (format.ts). */
export { snapshotProject } from './snapshot-project';
export { writeBundle, type WriteOptions } from './write-bundle';
export { readBundle, type ReadResult } from './read-bundle';
export { DEFAULT_LIMITS, FORMAT_NAME, FORMAT_VERSION } from './format';
export type { BundleLimits, Manifest, OriginalFile, ProjectSnapshot } from './format';
export type { BundleError, BundleErrorCode } from './refusal';
