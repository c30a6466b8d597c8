/** Puts keyboard focus on the document text (arrow keys then scroll it), without jumping. */
export const READER_TEXT_ID = 'document-text';

export function focusReader(): void {
  document.getElementById(READER_TEXT_ID)?.focus({ preventScroll: true });
}
