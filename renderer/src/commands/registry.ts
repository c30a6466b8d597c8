/**
 * Commands are registered once (id, label, shortcuts, run) and drive the keyboard shortcuts,
 * the command palette and the toolbar buttons alike. Each feature contributes its own list
 * (`features/<feature>/commands.ts`, made with `defineCommands`); `contributions.ts` registers them.
 */
import type { CommandId } from './contributions';

export type { CommandId } from './contributions';

export interface Command<Id extends string = CommandId> {
  id: Id;
  label: string;
  /** e.g. "Mod+Z", "Shift+Mod+Z", "/", "H"; "Mod" is Cmd on macOS and Ctrl elsewhere. */
  shortcuts: readonly string[];
  /** Whether the shortcut also fires while typing in a text field. */
  inTextFields?: boolean;
  /**
   * Hidden from the palette when it makes no sense right now. A key bound to several commands runs
   * the first enabled one that has this condition, before any that has none.
   */
  enabled?: () => boolean;
  run: () => void;
}

/** A feature's commands, their ids kept as literal types so `runCommand` only takes known ids. */
export const defineCommands = <const Id extends string>(list: readonly Command<Id>[]): readonly Command<Id>[] => list;

const commands = new Map<string, Command>();

export function registerCommands(list: readonly Command[]): void {
  for (const command of list) {
    if (commands.has(command.id)) throw new Error(`Command "${command.id}" is registered twice: ids must be unique.`);
    commands.set(command.id, command);
  }
}

export const allCommands = (): Command[] => [...commands.values()];

export function runCommand(id: CommandId): void {
  const command = commands.get(id);
  if (command && (command.enabled?.() ?? true)) command.run();
}

export const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform);

const keyNames: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' };

export function describeShortcut(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'Mod' ? (isMac() ? '⌘' : 'Ctrl') : (keyNames[part] ?? part)))
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
  const conditional = [...commands.values()].sort((a, b) => Number(!a.enabled) - Number(!b.enabled));
  for (const command of conditional) {
    if (typing && !command.inTextFields) continue;
    if (!command.shortcuts.some((shortcut) => matches(shortcut, event))) continue;
    if (command.enabled && !command.enabled()) continue;
    event.preventDefault();
    command.run();
    return true;
  }
  return false;
}
