/**
 * The quick switcher (Shift+Mod+P): type to filter the projects by name (any case, any accents),
 * ↑/↓ to choose, Enter to switch. Built like the command palette.
 */
import { useState, type KeyboardEvent } from 'react';
import { Modal } from '../../components/Modal';
import { EmptyState } from '../../components/EmptyState';
import { plural } from '../../lib/plural';
import { useAppStore } from '../../store/app-store';
import { closeProjectDialog, switchProject } from './projects-service';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

export function ProjectSwitcher() {
  const projects = useAppStore((s) => s.projects);
  const currentId = useAppStore((s) => s.currentProjectId);
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const wanted = fold(filter.trim());
  const shown = projects.filter((project) => fold(project.name).includes(wanted));

  const choose = (id: string) => {
    closeProjectDialog();
    if (id !== currentId) void switchProject(id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (shown.length) setActive((active + step + shown.length) % shown.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const project = shown[active];
      if (project) choose(project.id);
    }
  };

  return (
    <Modal title="Switch project" onClose={closeProjectDialog} className="palette">
      <label className="visually-hidden" htmlFor="project-switcher-filter">
        Project
      </label>
      <input
        id="project-switcher-filter"
        role="combobox"
        aria-expanded="true"
        aria-controls="project-switcher-list"
        aria-activedescendant={shown.length ? `project-option-${active}` : undefined}
        placeholder="Type a project's name…"
        value={filter}
        onChange={(event) => {
          setFilter(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="project-switcher-list" role="listbox" aria-label="Projects">
        {shown.map((project, index) => (
          <li
            key={project.id}
            id={`project-option-${index}`}
            role="option"
            aria-selected={index === active}
            onClick={() => choose(project.id)}
          >
            <span>
              {project.name}
              {project.id === currentId ? <span className="project-current"> (current)</span> : null}
            </span>
            <span className="count">{plural(project.documentCount, 'document')}</span>
          </li>
        ))}
      </ul>
      {shown.length === 0 ? <EmptyState title={`No project matches “${filter.trim()}”`} /> : null}
    </Modal>
  );
}
