import { truncate } from '../../contract';

/** Why a bundle was refused: a code for callers, a message for the analyst saying what to do. */
export type BundleErrorCode =
  | 'not_zip'
  | 'damaged'
  | 'manifest_missing'
  | 'manifest_invalid'
  | 'wrong_format'
  | 'newer_format'
  | 'unsafe_path'
  | 'unexpected_entry'
  | 'too_large'
  | 'checksum_mismatch'
  | 'invalid_row'
  | 'broken_reference';

export interface BundleError {
  code: BundleErrorCode;
  message: string;
}

/** Thrown inside the reader and caught once at its edge, where it becomes a value. */
export class BundleRefusal extends Error {
  constructor(
    readonly code: BundleErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BundleRefusal';
  }
}

/** The advice closing every message about a bundle that was changed or broken after Dossier wrote it. */
export const EXPORT_AGAIN = 'Export the project again from the Dossier it came from.';

/** A name or id from the bundle as a message shows it: a hostile one may be long. */
export const shown = (text: string): string => (text.length > 80 ? `${truncate(text, 80)}…` : text);
