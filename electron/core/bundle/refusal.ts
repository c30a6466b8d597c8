import { shownName, type ZipProblem } from '../zip/zip-problem';

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
export const shown = shownName;

export const damaged = (what: string) =>
  new BundleRefusal('damaged', `This bundle is damaged: ${what}. ${EXPORT_AGAIN}`);

/** What the guarded zip reader found, in a bundle's words. */
export function zipRefusal(problem: ZipProblem): BundleRefusal {
  switch (problem.kind) {
    case 'not_zip':
      return new BundleRefusal(
        'not_zip',
        'This file is not a Dossier bundle: it is not a zip archive. Choose a .dossier file.',
      );
    case 'unsafe_path':
      if (problem.reason === 'name_not_utf8') {
        return new BundleRefusal('unsafe_path', 'This bundle has an entry whose name is not UTF-8; it was refused.');
      }
      return new BundleRefusal(
        'unsafe_path',
        `This bundle was refused: its entry “${shown(problem.details.entry ?? '')}” points outside the bundle's ` +
          'folder, a sign of a malicious file. Nothing was extracted or imported; do not open it elsewhere either.',
      );
    case 'too_large':
      return new BundleRefusal(
        'too_large',
        `This bundle was refused as a possible zip bomb: ${problem.message}. Nothing was inflated or imported; ` +
          'if you trust where it came from, ask for the project in smaller parts.',
      );
    case 'damaged':
      return damaged(problem.message);
  }
}
