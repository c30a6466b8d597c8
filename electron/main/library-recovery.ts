/**
 * Start-up when the library is damaged: the core refuses to open it (nothing is written), and the
 * desktop app asks whether to put the latest good backup in its place (the damaged file is kept
 * in the backups folder) or to quit. Electron's dialog comes in as a parameter, so tests pass a fake.
 */
import type { Dialog } from 'electron';
import type { Core } from '../core/create-core';
import { LibraryDamagedError } from '../core/db/damaged-library';
import { restoreLibrary } from '../core/db/restore';

export interface RecoveryDeps {
  dialog: Pick<Dialog, 'showMessageBox'>;
  dataDir: string;
  nativeBinding?: string;
  now: () => Date;
}

export const RESTORE_BUTTON = 'Restore latest backup';

/**
 * Opens the core. A damaged library with a good backup gets the choice: restore it and open again,
 * or quit (null). Any other failure, or a damaged library without a good backup, is thrown as is.
 */
export async function openWithRecovery(open: () => Core | Promise<Core>, deps: RecoveryDeps): Promise<Core | null> {
  try {
    return await open();
  } catch (error) {
    if (!(error instanceof LibraryDamagedError) || !error.latestGood) throw error;
    const { response } = await deps.dialog.showMessageBox({
      type: 'error',
      title: 'Dossier',
      message: 'The library is damaged',
      detail:
        `${error.message}\n\nRestore that backup? Work done since ${error.latestGood.createdAt} is not in it; ` +
        'the damaged library is kept in the backups folder.',
      buttons: [RESTORE_BUTTON, 'Quit'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    });
    if (response !== 0) return null;
    await restoreLibrary({
      dataDir: deps.dataDir,
      from: error.latestGood.path,
      now: deps.now(),
      nativeBinding: deps.nativeBinding,
    });
    return await open();
  }
}
