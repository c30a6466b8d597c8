/**
 * Corroboration between passages: the links a highlight names (corroborated or contradicted by
 * another passage) and those naming it, linking and unlinking, and finding a passage to link by
 * its words through search.
 */
import type { HighlightHit, HighlightId, HighlightLink, HighlightLinkKind } from '../../../../electron/contract';
import { call } from '../../store/api';
import { scheduleRefresh } from '../../store/refresh-bus';
import { showToast } from '../../store/toasts';
import { runCommand } from '../../commands/registry';

export async function fetchLinks(id: HighlightId): Promise<HighlightLink[]> {
  return (await call('highlights.links', { id })) ?? [];
}

/** Names `otherId` as corroborating or contradicting `id`; returns whether it was linked. */
export async function linkPassage(id: HighlightId, otherId: HighlightId, kind: HighlightLinkKind): Promise<boolean> {
  if (!(await call('highlights.link', { id, otherId, kind }))) return false;
  scheduleRefresh(['highlights']);
  showToast({
    tone: 'success',
    message: kind === 'corroborates' ? 'Linked a corroborating passage' : 'Linked a contradicting passage',
    action: { label: 'Undo', run: () => runCommand('undo') },
  });
  return true;
}

export async function unlinkPassage(id: HighlightId, otherId: HighlightId): Promise<boolean> {
  if (!(await call('highlights.unlink', { id, otherId }))) return false;
  scheduleRefresh(['highlights']);
  showToast({
    tone: 'info',
    message: 'Unlinked the passage',
    action: { label: 'Undo', run: () => runCommand('undo') },
  });
  return true;
}

/** Highlights in the whole library whose quote, note or tags match the words typed. */
export async function searchPassages(words: string): Promise<HighlightHit[]> {
  const q = words.trim();
  if (!q) return [];
  const response = await call('search.query', { q, limit: 30 });
  return response?.highlights.hits ?? [];
}
