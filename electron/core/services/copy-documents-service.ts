/**
 * Copies documents from one project into another: text, blocks and metadata, and with
 * `withHighlights` their highlights (anchors, notes, grades, tags by name, links between copied
 * highlights). The target's rows are written in the target's `mutate` (its undo history); a move
 * then deletes the originals in the source's. A document already in the target (same content
 * hash) is skipped, never duplicated.
 */
import type { MethodInput } from '../../contract';
import { DossierFailure } from '../errors';
import type { Context } from './context';

export interface CopyResult {
  copied: number;
  skipped: number;
  highlights: number;
}

export function copyDocuments(
  _from: Context,
  _to: Context,
  _input: Omit<MethodInput<'documents.copy'>, 'toProject'>,
): CopyResult {
  throw new DossierFailure('unsupported_here', 'Copying documents is not built yet.');
}
