/**
 * `Importing 3/10: name` on stderr while an import runs, drawn on one terminal line that is rewritten
 * in place and cleared at the end. Only for a terminal: piped stderr and `--json` get no progress.
 */
import type { EventPayload } from '../contract';
import type { Io } from './io';

const CLEAR_LINE = '\r\x1b[2K';
const MAX_NAME = 60;

export class ImportProgressLine {
  private shown = false;

  constructor(
    private readonly io: Io,
    /** Files of the whole command; a batch's counts start at `offset`. */
    private readonly all: number,
  ) {}

  /** One batch's progress, its counts shifted by the files of the batches before it. */
  show(offset: number, { done, current }: EventPayload<'import.progress'>): void {
    if (current === null) return this.clear();
    const position = Math.min(offset + done + 1, this.all);
    this.io.err(`${CLEAR_LINE}Importing ${position}/${this.all}: ${shortened(current)}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.io.err(CLEAR_LINE);
    this.shown = false;
  }
}

/** The end of a long path, which is the part that tells files apart. */
function shortened(name: string): string {
  return name.length <= MAX_NAME ? name : `…${name.slice(-(MAX_NAME - 1))}`;
}
