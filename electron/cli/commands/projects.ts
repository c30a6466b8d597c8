/**
 * `dossier projects list|create|rename|delete|use`: the investigations of the library. Every other
 * command works in one project, `--project NAME|ID` or else the project used last, which
 * `projects use` sets. A delete writes the project as a .dossier bundle into the backups folder
 * first; the CLI closes the library when the command ends, which removes the deleted project for
 * good, so that bundle is the way back (`dossier bundle import <file>`).
 */
import type { ProjectSummary } from '../../contract';
import { table } from '../format';
import { CommandError, EXIT_FAILED, EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';

const ACTIONS = 'list, create, rename, delete or use';

export async function projectsCommand(ctx: CommandContext): Promise<number> {
  const [action, ...rest] = ctx.args;
  const args = (count: number, shape: string): string[] => {
    if (rest.length !== count) {
      throw new UsageError(`projects ${shape} (quote a name with spaces: "Port of Spain")`);
    }
    return rest;
  };
  switch (action) {
    case 'list':
      args(0, 'list takes no other word');
      return listProjects(ctx);
    case 'create': {
      const [name = ''] = args(1, 'create needs one name: projects create NAME');
      const created = await ctx.call('projects.create', { name });
      if (ctx.json) printJson(ctx.io, created);
      else
        ctx.io.out(`Created “${created.name}” (id ${created.id}); work in it with --project or dossier projects use\n`);
      return EXIT_OK;
    }
    case 'rename': {
      const [project = '', name = ''] = args(
        2,
        'rename needs the project and its new name: projects rename NAME|ID NEWNAME',
      );
      const renamed = await ctx.call('projects.rename', { project, name });
      if (ctx.json) printJson(ctx.io, renamed);
      else ctx.io.out(`Renamed to “${renamed.name}” (id ${renamed.id})\n`);
      return EXIT_OK;
    }
    case 'use': {
      const [project = ''] = args(1, 'use needs one project: projects use NAME|ID');
      const opened = await ctx.call('projects.open', { project });
      if (ctx.json) printJson(ctx.io, opened);
      else ctx.io.out(`Commands now work in “${opened.name}” unless --project names another\n`);
      return EXIT_OK;
    }
    case 'delete': {
      const [project = ''] = args(1, 'delete needs one project: projects delete NAME|ID --yes');
      return deleteProject(ctx, project);
    }
    case undefined:
      throw new UsageError(`projects needs what to do: ${ACTIONS}, as in projects list`);
    default:
      throw new UsageError(`projects can ${ACTIONS}, not “${action}”`);
  }
}

async function listProjects(ctx: CommandContext): Promise<number> {
  const listed = await ctx.call('projects.list', {});
  if (ctx.json) {
    printJson(ctx.io, listed);
    return EXIT_OK;
  }
  const rows = listed.projects.map((p) => [
    p.id === listed.current ? '*' : ' ',
    p.id,
    String(p.documentCount),
    String(p.highlightCount),
    String(p.tagCount),
    String(p.eventCount),
    p.name,
  ]);
  ctx.io.out(table([[' ', 'ID', 'DOCUMENTS', 'HIGHLIGHTS', 'TAGS', 'EVENTS', 'NAME'], ...rows]) + '\n');
  ctx.io.err('* the project commands work in when --project names none (dossier projects use changes it)\n');
  return EXIT_OK;
}

/**
 * Asks before deleting: the counts are printed, and the delete happens with --yes or a "yes" typed
 * at a terminal. Without either (a script, a pipe) nothing is deleted and the command fails.
 */
async function deleteProject(ctx: CommandContext, ref: string): Promise<number> {
  const project = await findProject(ctx, ref);
  const what = `“${project.name}” (${counts(project)})`;
  if (!ctx.values.yes) {
    const answer = ctx.io.ask && !ctx.json ? await ctx.io.ask(`Delete ${what}? Type yes to delete it: `) : undefined;
    if (answer?.trim().toLowerCase() !== 'yes') {
      ctx.io.err(
        answer === undefined
          ? `dossier: this deletes ${what}. Run it again with --yes to delete it.\n`
          : 'Nothing was deleted.\n',
      );
      return EXIT_FAILED;
    }
  }
  const { deleted, backup } = await ctx.call('projects.delete', { project: project.id });
  if (ctx.json) printJson(ctx.io, { deleted, backup });
  else {
    ctx.io.out(`Deleted “${deleted.name}” (${counts(deleted)}). A backup is at ${backup}\n`);
    ctx.io.err(`To bring it back: dossier bundle import "${backup}"\n`);
  }
  return EXIT_OK;
}

/** The live project named by id or name (any case), or the core's not-found message listing them all. */
async function findProject(ctx: CommandContext, ref: string): Promise<ProjectSummary> {
  const { projects } = await ctx.call('projects.list', {});
  const wanted = ref.trim().toLowerCase();
  const found = projects.find((p) => p.id === ref) ?? projects.find((p) => p.name.toLowerCase() === wanted);
  if (found) return found;
  // Resolving an unknown project fails before anything opens; the core words the message once.
  await ctx.call('library.info', {}, { project: ref });
  throw new CommandError(`There is no project “${ref}”.`, 'not_found');
}

function counts(p: ProjectSummary): string {
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  return [
    plural(p.documentCount, 'document'),
    plural(p.highlightCount, 'highlight'),
    plural(p.tagCount, 'tag'),
    plural(p.eventCount, 'event'),
  ].join(', ');
}
