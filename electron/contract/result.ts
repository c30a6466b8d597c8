/**
 * Errors cross every boundary (IPC, HTTP, CLI) as values, never as thrown exceptions:
 * Electron keeps only the message of a thrown error, and HTTP keeps nothing at all.
 */
export const errorCodes = [
  'invalid_input',
  'not_found',
  'unsupported_format',
  'unsupported_here',
  'invalid_query',
  'conflict',
  'unavailable',
  'database_too_new',
  'library_damaged',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface DossierError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DossierError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
