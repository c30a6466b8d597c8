/**
 * The Content-Security-Policy sent with every app:// response. Scripts, styles and fonts come only
 * from the app's own origin; nothing may be framed, posted, embedded or fetched from elsewhere, so an
 * imported document that smuggles markup into the page still cannot run or load anything.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');
