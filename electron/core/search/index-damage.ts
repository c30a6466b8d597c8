/**
 * A saved search index that SQLite itself reports damaged (malformed pages, not a database, a
 * short read) cannot be repaired a shard at a time: deleting the damaged shard fails for the same
 * reason, so it would stay start after start. Such a file is marked, every search worker lets go
 * of it, and the first to open it again deletes it and rebuilds the index whole. The mark is a
 * file beside the index, so a crash before the rebuild still finds it on the next start.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';

/** Thrown through a worker's shard loading when the index file itself is damaged. */
export class IndexFileDamaged extends Error {
  constructor(cause: unknown) {
    super(`The saved search index is damaged: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Whether SQLite's error says the file is broken, rather than a shard's contents. */
export function isDamagedFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB|IOERR)/.test(code);
}

const markOf = (indexPath: string) => `${indexPath}.damaged`;

export function markDamaged(indexPath: string): void {
  writeFileSync(
    markOf(indexPath),
    'This search index is damaged; Dossier deletes and rebuilds it on the next start.\n',
  );
}

/** True (and the mark removed) when the index was marked damaged: the caller deletes it. */
export function takeDamageMark(indexPath: string): boolean {
  if (!existsSync(markOf(indexPath))) return false;
  rmSync(markOf(indexPath), { force: true });
  return true;
}
