/**
 * Commands are registered once (id, label, shortcuts, run) and drive the keyboard shortcuts,
 * the command palette and the toolbar buttons alike.
 */
export interface Command {
  id: string;
  label: string;
  /** e.g. "Mod+Z", "Shift+Mod+Z", "/", "H"; "Mod" is Cmd on macOS and Ctrl elsewhere. */
  shortcuts: string[];
  /** Whether the shortcut also fires while typing in a text field. */
  inTextFields?: boolean;
  /** Hidden from the palette when it makes no sense right now. */
  enabled?: () => boolean;
  run: () => void;
}

const commands = new Map<string, Command>();

export function registerCommands(list: readonly Command[]): void {
  for (const command of list) commands.set(command.id, command);
}

export const allCommands = (): Command[] => [...commands.values()];

export function runCommand(id: string): void {
  const command = commands.get(id);
  if (command && (command.enabled?.() ?? true)) command.run();
}

export const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform);

export function describeShortcut(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'Mod' ? (isMac() ? '⌘' : 'Ctrl') : part))
    .join(isMac() ? '' : '+');
}

function matches(shortcut: string, event: KeyboardEvent): boolean {
  const parts = shortcut.split('+');
  const key = parts.at(-1)?.toLowerCase() ?? '';
  const wantsMod = parts.includes('Mod');
  const wantsCtrl = parts.includes('Ctrl');
  const modPressed = isMac() ? event.metaKey : event.ctrlKey;
  if (wantsCtrl ? !event.ctrlKey : wantsMod !== modPressed) return false;
  if (!wantsMod && !wantsCtrl && (event.ctrlKey || event.metaKey)) return false;
  if (parts.includes('Alt') !== event.altKey) return false;
  if (key !== '/' && parts.includes('Shift') !== event.shiftKey) return false;
  return event.key.toLowerCase() === key || event.code === `Digit${key}`;
}

const isTextField = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.matches('input:not([type=button],[type=checkbox],[type=radio]), textarea, select'));

/** Finds and runs the command bound to a key press; returns whether one ran. */
export function handleShortcut(event: KeyboardEvent): boolean {
  const typing = isTextField(event.target);
  for (const command of commands.values()) {
    if (typing && !command.inTextFields) continue;
    if (!command.shortcuts.some((shortcut) => matches(shortcut, event))) continue;
    if (command.enabled && !command.enabled()) continue;
    event.preventDefault();
    command.run();
    return true;
  }
  return false;
}
