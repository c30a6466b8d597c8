/**
 * The running Dossier's version, as its package.json gives it, for the files it writes (a bundle's
 * manifest). Found by walking up from this module, which reaches the checkout's package.json when
 * running from source and the app's own (beside out/, or at the root of app.asar) when bundled.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'dossier';
/** What a manifest says when no package.json is found: readers take any version string. */
const UNKNOWN = 'unknown';

let cached: string | undefined;

export function appVersion(): string {
  cached ??= versionAbove(dirname(fileURLToPath(import.meta.url)));
  return cached;
}

function versionAbove(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const version = dossierVersionIn(dir);
    if (version) return version;
    if (dirname(dir) === dir) return UNKNOWN;
  }
}

/** The version in `dir`/package.json when that is Dossier's own (a dependency's is passed over). */
function dossierVersionIn(dir: string): string | null {
  let text: string;
  try {
    text = readFileSync(join(dir, 'package.json'), 'utf8');
  } catch {
    return null;
  }
  try {
    const pkg = JSON.parse(text) as { name?: unknown; version?: unknown };
    return pkg.name === PACKAGE_NAME && typeof pkg.version === 'string' && pkg.version ? pkg.version : null;
  } catch {
    return null;
  }
}
