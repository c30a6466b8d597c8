/**
 * Where the library lives when nobody says otherwise: `DOSSIER_DATA_DIR`, else the same per-user
 * folder Electron's `app.getPath('userData')` gives the desktop app, so the CLI, the web host and
 * the app all open one library.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER_NAME = 'Dossier';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.DOSSIER_DATA_DIR) return env.DOSSIER_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER_NAME);
}
