/** Renders whichever project dialog the store says is open. */
import { useAppStore } from '../../store/app-store';
import { CopyToProjectDialog } from './CopyToProjectDialog';
import { DeleteProjectDialog } from './DeleteProjectDialog';
import { ExportProjectDialog } from './ExportProjectDialog';
import { ImportBundleDialog } from './ImportBundleDialog';
import { ProjectNameDialog } from './ProjectNameDialog';
import { ProjectSwitcher } from './ProjectSwitcher';

export function ProjectDialogs() {
  const dialog = useAppStore((s) => s.projectDialog);
  switch (dialog?.kind) {
    case 'switch':
      return <ProjectSwitcher />;
    case 'create':
      return <ProjectNameDialog />;
    case 'rename':
      return <ProjectNameDialog key={dialog.project.id} project={dialog.project} />;
    case 'delete':
      return <DeleteProjectDialog project={dialog.project} />;
    case 'export':
      return <ExportProjectDialog />;
    case 'import-bundle':
      return <ImportBundleDialog bundle={dialog.bundle} />;
    case 'copy-document':
      return <CopyToProjectDialog documentId={dialog.documentId} title={dialog.title} />;
    default:
      return null;
  }
}
