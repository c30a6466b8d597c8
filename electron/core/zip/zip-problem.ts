/**
 * What the guarded zip reader found wrong with an archive, as a typed value: a broad kind, the exact
 * reason, and the facts behind it (entry name, sizes, the limit passed). Each format turns it into
 * its own message, so the reader says nothing about bundles or REFI-QDA projects; the neutral
 * `message` ("entry “a” is encrypted") is there for formats happy to word a case generically.
 */
import { truncate } from '../../contract';

export type ZipProblemKind = 'not_zip' | 'damaged' | 'too_large' | 'unsafe_path';

export type ZipProblemReason =
  | 'not_zip'
  // damaged: the archive contradicts itself or uses what the reader does not read
  | 'multi_disk'
  | 'zip64'
  | 'directory_overrun'
  | 'directory_cut_short'
  | 'encrypted'
  | 'unknown_method'
  | 'stored_sizes'
  | 'no_local_header'
  | 'duplicate_entry'
  | 'data_cut_short'
  | 'not_inflating'
  | 'shorter_than_declared'
  // too_large: over a limit, or shaped like a zip bomb
  | 'too_many_entries'
  | 'entry_too_large'
  | 'ratio'
  | 'total_too_large'
  | 'overlap'
  | 'inflates_past_size'
  // unsafe_path: a name that could not be shown or could leave the folder it is unpacked in
  | 'name_not_utf8'
  | 'leaves_folder';

export interface ZipProblemDetails {
  /** The entry's name as the archive spells it (whole: cut it short with `shownName` to show it). */
  entry?: string;
  /** Bytes the entry declares once inflated, or entries the archive holds for `too_many_entries`. */
  size?: number;
  compressedSize?: number;
  /** The limit that was passed. */
  limit?: number;
}

export class ZipProblem extends Error {
  constructor(
    readonly kind: ZipProblemKind,
    readonly reason: ZipProblemReason,
    /** A clause without capital or full stop, to follow "This archive is damaged: " or the like. */
    message: string,
    readonly details: ZipProblemDetails = {},
  ) {
    super(message);
    this.name = 'ZipProblem';
  }
}

/** A name from an archive as a message shows it: a hostile one may be long. */
export const shownName = (text: string): string => (text.length > 80 ? `${truncate(text, 80)}…` : text);
