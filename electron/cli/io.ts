/**
 * What a command may do to the outside world: write to stdout or stderr. Kept apart from `process`
 * so the exit-code and stream rules (`--json` leaves stdout for JSON only) live in one place.
 */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** stderr is a terminal, where progress can be drawn on one line that is rewritten in place. */
  errIsTTY?: boolean;
}

/** A wrong invocation: printed with the usage text, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A failure the user should read (a core error, an existing file): printed as `dossier: …`, exit code 1. */
export class CommandError extends Error {
  override name = 'CommandError';
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2) + '\n');
}
