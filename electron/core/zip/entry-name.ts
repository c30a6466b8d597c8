/**
 * Zip-slip: an entry name that, joined to the folder an archive is unpacked in, would land outside
 * it. Refused whatever the format, before anything is inflated.
 */

/**
 * True for a name that is absolute, names a drive, uses backslashes, holds control characters, or
 * has a `..`, `.` or empty segment; a folder entry's trailing slash is allowed.
 */
export function leavesFolder(name: string): boolean {
  const segments = name.replace(/\/$/, '').split('/');
  return (
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[A-Za-z]:/.test(name) ||
    // eslint-disable-next-line no-control-regex -- control characters in a path are refused
    /[\u0000-\u001F\u007F]/.test(name) ||
    segments.some((segment) => segment === '..' || segment === '.' || segment === '')
  );
}
