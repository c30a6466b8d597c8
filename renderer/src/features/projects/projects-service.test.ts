import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentId, DocumentSummary, MethodName, ProjectSummary, Result } from '../../../../electron/contract';
import { currentProject } from '../../platform/client';
import { useAppStore } from '../../store/app-store';
import { registerProjectHooks } from '../../store/project-hooks';
import { deleteProject, switchProject } from './projects-service';

const summary = (id: string, name: string): ProjectSummary => ({
  id,
  name,
  createdAt: '2026-12-01T00:00:00.000Z',
  lastUsedAt: null,
  documentCount: 1,
  highlightCount: 2,
  tagCount: 3,
  eventCount: 4,
});
const haiti = summary('p1', 'Haiti');
const sahel = summary('p2', 'Sahel');

/** The order things happened in: the fake client's calls and the hooks' runs. */
let log: string[] = [];
let live: ProjectSummary[] = [];

vi.mock('../../platform/client', () => {
  let project: string | null = null;
  return {
    isDesktop: () => false,
    currentProject: () => project,
    setCurrentProject: (id: string) => {
      project = id;
    },
    getClient: () => ({
      call: (method: MethodName, input: { project?: string }): Promise<Result<unknown>> => {
        log.push(`call ${method}`);
        const ok = (value: unknown): Promise<Result<unknown>> => Promise.resolve({ ok: true, value });
        if (method === 'projects.open') return ok(live.find((p) => p.id === input.project));
        if (method === 'projects.list') return ok({ projects: live, current: live[0]?.id ?? '' });
        if (method === 'projects.delete') {
          const deleted = live.find((p) => p.id === input.project);
          live = live.filter((p) => p !== deleted);
          return ok({ deleted, backup: '/data/backups/deleted-projects/haiti.dossier' });
        }
        return Promise.resolve({ ok: false, error: { code: 'internal', message: `unexpected ${method}` } });
      },
      on: () => () => undefined,
    }),
  };
});

beforeEach(() => {
  log = [];
  live = [haiti, sahel];
  vi.stubGlobal('document', { title: '', activeElement: null, body: null, getElementById: () => null });
  useAppStore.setState(useAppStore.getInitialState(), true);
  useAppStore.setState({ projects: live, projectsLoaded: true, currentProjectId: 'p1' });
  registerProjectHooks({
    leave: () => {
      log.push('leave');
      return Promise.resolve();
    },
    enter: () => {
      // What the app's loader sees: the store already reset, the client already on the new project.
      log.push(`enter ${currentProject()} with ${useAppStore.getState().documents.length} documents`);
      return Promise.resolve();
    },
  });
});

const messages = () => useAppStore.getState().toasts.map((toast) => toast.message);

describe('switchProject', () => {
  it('saves for the project left, opens the next, resets the store, then loads it', async () => {
    useAppStore.setState({
      documents: [{ id: 'd1' as DocumentId, title: 'Haiti report' } as DocumentSummary],
      openDocumentId: 'd1' as DocumentId,
      toasts: [{ id: 9, tone: 'info', message: 'Deleted “note”', action: { label: 'Undo', run: () => undefined } }],
    });
    expect(await switchProject('p2')).toBe(true);
    expect(log.slice(0, 3)).toEqual(['leave', 'call projects.open', 'enter p2 with 0 documents']);
    const state = useAppStore.getState();
    expect(state).toMatchObject({ currentProjectId: 'p2', projectEpoch: 1, openDocumentId: null, projectDialog: null });
    // The Undo of the project left is gone: it would act on the project entered.
    expect(messages()).toEqual(['Now working on “Sahel”']);
    expect(document.title).toBe('Sahel — Dossier');
  });

  it('refuses while an import runs, since its next batches would land in the other project', async () => {
    useAppStore.setState({ imports: [{ jobId: 'j', startingLabel: '', progress: null, cancelling: false }] });
    expect(await switchProject('p2')).toBe(false);
    expect(log).toEqual([]);
    expect(useAppStore.getState().currentProjectId).toBe('p1');
    expect(messages()[0]).toMatch(/import is still running/);
  });
});

describe('deleteProject', () => {
  it('moves the page off the project it deletes, and offers Undo with the backup after the switch', async () => {
    expect(await deleteProject(haiti)).toBeNull();
    const state = useAppStore.getState();
    expect(state.currentProjectId).toBe('p2');
    expect(state.projects.map((p) => p.id)).toEqual(['p2']);
    expect(state.deletedProjects).toEqual([
      { project: haiti, backup: '/data/backups/deleted-projects/haiti.dossier', wasCurrent: true },
    ]);
    const toast = state.toasts.at(-1);
    expect(toast?.message).toBe('Deleted “Haiti”');
    expect(toast?.details).toEqual(['A backup bundle remains at /data/backups/deleted-projects/haiti.dossier']);
    expect(toast?.action?.label).toBe('Undo');
  });

  it('leaves the page where it is when another project is deleted', async () => {
    expect(await deleteProject(sahel)).toBeNull();
    expect(useAppStore.getState()).toMatchObject({ currentProjectId: 'p1', projectEpoch: 0 });
    expect(log).not.toContain('call projects.open');
  });
});
