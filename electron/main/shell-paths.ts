/**
 * Where the desktop app finds its pieces: the library folder (DOSSIER_DATA_DIR, else Electron's
 * userData, which matches core/data-dir.ts), the sample corpus, the built UI and preload, and the
 * better-sqlite3 build for Electron's ABI that scripts/electron-native.mjs keeps in .native/.
 * Electron-free: index.ts passes in what Electron knows.
 */
import { join } from 'node:path';

export interface ShellPathInputs {
  env: NodeJS.ProcessEnv;
  userDataDir: string;
  appPath: string;
  resourcesPath: string;
  isPackaged: boolean;
  electronVersion: string;
  exists: (path: string) => boolean;
}

export interface ShellPaths {
  dataDir: string;
  sampleDir: string;
  rendererDir: string;
  preloadPath: string;
  /** Absent when no per-ABI build exists: better-sqlite3 then loads its own build (a packaged app rebuilt in place). */
  nativeBinding?: string;
}

export function nativeBindingPath(appPath: string, electronVersion: string): string {
  return join(appPath, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

export function resolveShellPaths(inputs: ShellPathInputs): ShellPaths {
  const binding = nativeBindingPath(inputs.appPath, inputs.electronVersion);
  return {
    dataDir: inputs.env.DOSSIER_DATA_DIR || inputs.userDataDir,
    sampleDir: inputs.isPackaged
      ? join(inputs.resourcesPath, 'sample-corpus')
      : join(inputs.appPath, 'resources', 'sample-corpus'),
    rendererDir: join(inputs.appPath, 'out', 'renderer'),
    preloadPath: join(inputs.appPath, 'out', 'preload', 'index.cjs'),
    ...(inputs.exists(binding) ? { nativeBinding: binding } : {}),
  };
}
