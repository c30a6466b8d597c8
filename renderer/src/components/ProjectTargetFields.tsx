/**
 * The two fields of a "to another project" form: which project (each with its document count) and
 * whether the highlights go along. Shared by the library's Move and the reader's Copy dialogs, which
 * each keep the choice in their own state and give their own wording and layout classes.
 */
import type { ProjectSummary } from '../../../electron/contract';
import { plural } from '../lib/plural';

export interface ProjectTarget {
  /** The chosen project's id; '' while there is none to choose. */
  target: string;
  withHighlights: boolean;
}

/** The visible names: the select's ("Project", "Copy to") and the checkbox's, saying what comes along. */
export interface ProjectTargetWording {
  project: string;
  highlights: string;
}

interface Props {
  projects: readonly ProjectSummary[];
  value: ProjectTarget;
  onChange: (next: ProjectTarget) => void;
  wording: ProjectTargetWording;
  classNames?: { field?: string; check?: string };
  /** The id of an error message about the choice, when one is shown. */
  describedBy?: string;
}

export function ProjectTargetFields({ projects, value, onChange, wording, classNames, describedBy }: Props) {
  return (
    <>
      <label className={classNames?.field}>
        <span>{wording.project}</span>
        <select
          value={value.target}
          onChange={(event) => onChange({ ...value, target: event.target.value })}
          aria-describedby={describedBy}
        >
          {projects.map((project) => (
            <option key={project.id} value={project.id}>
              {`${project.name} (${plural(project.documentCount, 'document')})`}
            </option>
          ))}
        </select>
      </label>
      <label className={classNames?.check}>
        <input
          type="checkbox"
          checked={value.withHighlights}
          onChange={(event) => onChange({ ...value, withHighlights: event.target.checked })}
        />{' '}
        {wording.highlights}
      </label>
    </>
  );
}
