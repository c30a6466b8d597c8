/** Ctrl/Cmd+K: every registered command, filtered as you type, run with Enter. */
import { useAppStore } from '../store/app-store';
import { Modal } from '../components/Modal';
import { useFilteredList } from '../components/use-filtered-list';
import { allCommands, describeShortcut, runCommand, type CommandId } from './registry';

export function CommandPalette() {
  const closeDialog = useAppStore((s) => s.closeDialog);
  const run = (id: CommandId) => {
    closeDialog();
    runCommand(id);
  };
  const {
    active,
    shown: commands,
    inputProps,
  } = useFilteredList(
    (filter) =>
      allCommands().filter(
        (command) =>
          command.id !== 'palette' &&
          (command.enabled?.() ?? true) &&
          command.label.toLowerCase().includes(filter.trim().toLowerCase()),
      ),
    (command) => run(command.id),
  );

  return (
    <Modal title="Commands" onClose={closeDialog} className="palette">
      <label className="visually-hidden" htmlFor="palette-filter">
        Command
      </label>
      <input
        {...inputProps}
        id="palette-filter"
        aria-controls="palette-list"
        aria-activedescendant={commands.length ? `command-${active}` : undefined}
        placeholder="Type a command…"
      />
      <ul id="palette-list" role="listbox" aria-label="Commands">
        {commands.map((command, index) => (
          <li
            key={command.id}
            id={`command-${index}`}
            role="option"
            aria-selected={index === active}
            onClick={() => run(command.id)}
          >
            <span>{command.label}</span>
            {command.shortcuts[0] ? <kbd>{describeShortcut(command.shortcuts[0])}</kbd> : null}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
