/** Ctrl/Cmd+K: every registered command, filtered as you type, run with Enter. */
import { useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../store/app-store';
import { Modal } from '../components/Modal';
import { allCommands, describeShortcut, runCommand, type CommandId } from './registry';

export function CommandPalette() {
  const closeDialog = useAppStore((s) => s.closeDialog);
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const commands = allCommands().filter(
    (command) =>
      command.id !== 'palette' &&
      (command.enabled?.() ?? true) &&
      command.label.toLowerCase().includes(filter.trim().toLowerCase()),
  );

  const run = (id: CommandId) => {
    closeDialog();
    runCommand(id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (commands.length) setActive((active + step + commands.length) % commands.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const command = commands[active];
      if (command) run(command.id);
    }
  };

  return (
    <Modal title="Commands" onClose={closeDialog} className="palette">
      <label className="visually-hidden" htmlFor="palette-filter">
        Command
      </label>
      <input
        id="palette-filter"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={commands.length ? `command-${active}` : undefined}
        placeholder="Type a command…"
        value={filter}
        onChange={(event) => {
          setFilter(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
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
