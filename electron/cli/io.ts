/**
 * What a command may do to the outside world: write to stdout or stderr. Kept apart from `process`
 * so the exit-code and stream rules (`--json` leaves stdout for JSON only) live in one place, and so
 * is the terminal rule: `run` hands commands a `terminalSafe` Io, so no text a command writes (a
 * title, a file name, a snippet) can carry a control character into the analyst's terminal.
 */
import { withoutControls } from '../contract';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** stderr is a terminal, where progress can be drawn on one line that is rewritten in place. */
  errIsTTY?: boolean;
  /** Rewrites the current stderr line in place with `text` ('' clears it); for a terminal only. */
  errLine?(text: string): void;
  /** Asks a question on a terminal and resolves to the line typed; absent when stdin is not a terminal. */
  ask?: (question: string) => Promise<string>;
}

/** What a terminal reads as "back to the start of the line and erase it". */
const CLEAR_LINE = '\r\x1b[2K';

/**
 * The Io every command writes through: C0 and C1 control characters (ESC, BEL, CR …; newline and tab
 * stay) are removed from all it writes, and the one escape sequence the CLI means to send, the
 * cleared progress line, is composed here and nowhere else.
 */
export function terminalSafe(raw: Io): Io {
  const safe: Io = {
    out: (text) => raw.out(withoutControls(text)),
    err: (text) => raw.err(withoutControls(text)),
    errLine: (text) => raw.err(CLEAR_LINE + withoutControls(text).replace(/[\n\t]/g, ' ')),
  };
  if (raw.errIsTTY !== undefined) safe.errIsTTY = raw.errIsTTY;
  const ask = raw.ask;
  if (ask) safe.ask = (question) => ask(withoutControls(question));
  return safe;
}

/** A wrong invocation: printed with the usage text, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A failure the user should read (a core error, an existing file): printed as `dossier: …`, exit code 1. */
export class CommandError extends Error {
  override name = 'CommandError';
  /** The core's error code when the failure came from the core (`not_found`, `invalid_input` …). */
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * JSON on stdout. JSON.stringify escapes C0 controls (ESC is written `\u001b`) but leaves DEL, C1
 * controls and U+2028/U+2029 raw; they are escaped too, so the output is pure printable text.
 */
export function printJson(io: Io, value: unknown): void {
  const json = JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  io.out(json + '\n');
}
