/**
 * Session-wide rules: every permission (camera, notifications, geolocation, clipboard reads…) is
 * refused, requests to anything but the app's own scheme are cancelled, and downloads are refused
 * (briefs are saved through the native dialog). Electron is only a type here, so fakes can test it.
 */
import type { Session } from 'electron';

type Logger = Pick<Console, 'warn'>;

export function hardenSession(session: Session, isAllowedRequest: (url: string) => boolean, logger: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.warn(`dossier: denied permission "${permission}"`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) logger.warn(`dossier: cancelled request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.on('will-download', (event, item) => {
    event.preventDefault();
    logger.warn(`dossier: refused download of ${item.getURL()}`);
  });
}
