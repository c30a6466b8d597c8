/** A failure with a code the user-facing layers understand; anything else is reported as `internal`. */
import type { ErrorCode } from '../contract';

export class DossierFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DossierFailure';
  }
}
