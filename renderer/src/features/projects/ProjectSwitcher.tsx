/**
 * The quick switcher (Shift+Mod+P): type to filter the projects by name (any case, any accents),
 * ↑/↓ to choose, Enter to switch. Built like the command palette.
 */
import { Modal } from '../../components/Modal';
import { EmptyState } from '../../components/EmptyState';
import { useFilteredList } from '../../components/use-filtered-list';
import { plural } from '../../lib/plural';
import { useAppStore } from '../../store/app-store';
import { closeProjectDialog, switchProject } from './projects-service';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

export function ProjectSwitcher() {
  const projects = useAppStore((s) => s.projects);
  const currentId = useAppStore((s) => s.currentProjectId);
  const choose = (id: string) => {
    closeProjectDialog();
    if (id !== currentId) void switchProject(id);
  };
  const { filter, active, shown, inputProps } = useFilteredList(
    (typed) => {
      const wanted = fold(typed.trim());
      return projects.filter((project) => fold(project.name).includes(wanted));
    },
    (project) => choose(project.id),
  );

  return (
    <Modal title="Switch project" onClose={closeProjectDialog} className="palette">
      <label className="visually-hidden" htmlFor="project-switcher-filter">
        Project
      </label>
      <input
        {...inputProps}
        id="project-switcher-filter"
        aria-controls="project-switcher-list"
        aria-activedescendant={shown.length ? `project-option-${active}` : undefined}
        placeholder="Type a project's name…"
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
