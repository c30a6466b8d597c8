/**
 * `Importing 3/10: name` on stderr while an import runs, drawn on one terminal line that is rewritten
 * in place and cleared at the end. Only for a terminal: piped stderr and `--json` get no progress.
 */
import type { EventPayload } from '../contract';
import type { Io } from './io';

const MAX_NAME = 60;

export class ImportProgressLine {
  private shown = false;

  constructor(private readonly io: Io) {}

  /** The job's progress, which the core counts over all of its batches. */
  show({ done, total, current }: EventPayload<'import.progress'>): void {
    if (current === null) return this.clear();
    const position = Math.min(done + 1, total);
    this.io.errLine?.(`Importing ${position}/${total}: ${shortened(current)}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.io.errLine?.('');
    this.shown = false;
  }
}

/** The end of a long path, which is the part that tells files apart. */
function shortened(name: string): string {
  return name.length <= MAX_NAME ? name : `…${name.slice(-(MAX_NAME - 1))}`;
}
