/**
 * Decides whether an IPC message may be handled: it must come from the main frame of a window, and
 * that frame must be showing the app itself (app://dossier, or the dev server in development). A
 * document iframe, an about:blank or data: frame, or a page that navigated away is refused.
 * Typed structurally, so it is tested under Node without Electron.
 */
import { isTrustedUrl } from './url-allowlist';

export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly frameTreeNodeId: number;
}

export interface SenderEventLike {
  readonly senderFrame: FrameLike | null;
  readonly sender: { readonly mainFrame: FrameLike };
}

export type SenderVerdict = { trusted: true } | { trusted: false; reason: string };

export function checkSender(event: SenderEventLike, devServerUrl?: string): SenderVerdict {
  const frame = event.senderFrame;
  if (!frame) return { trusted: false, reason: 'the sending frame is gone' };
  let mainFrame: FrameLike;
  try {
    mainFrame = event.sender.mainFrame;
  } catch {
    return { trusted: false, reason: 'the sending window is gone' };
  }
  const isMainFrame =
    frame.parent === null && (frame === mainFrame || frame.frameTreeNodeId === mainFrame.frameTreeNodeId);
  if (!isMainFrame) return { trusted: false, reason: `a subframe (${frame.url || 'no url'})` };
  if (!isTrustedUrl(frame.url, devServerUrl))
    return { trusted: false, reason: `a foreign page (${frame.url || 'no url'})` };
  return { trusted: true };
}
