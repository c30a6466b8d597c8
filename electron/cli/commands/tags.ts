/**
 * `dossier tags …`: the codebook from scripts. A tag is named by its name (any case) or its id.
 * Each change is one undo step in the app, as if made there; `--json` prints what scripts need.
 */
import type { TagSummary } from '../../contract';
import { CommandError, EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';
import { exportTags, importTags } from './tags-exchange';

const ACTIONS = 'list, create, rename, move, merge, delete, export or import';

export async function codebookTags(ctx: CommandContext): Promise<number> {
  const [action, ...rest] = ctx.args;
  switch (action) {
    case 'list':
      return listTags(ctx, rest);
    case 'create':
      return createTag(ctx, rest);
    case 'rename':
      return renameTag(ctx, rest);
    case 'move':
      return moveTag(ctx, rest);
    case 'merge':
      return mergeTags(ctx, rest);
    case 'delete':
      return deleteTag(ctx, rest);
    case 'export':
      return exportTags(ctx, rest);
    case 'import':
      return importTags(ctx, rest);
    default:
      throw new UsageError(action ? `unknown tags action “${action}” (use ${ACTIONS})` : `tags needs ${ACTIONS}`);
  }
}

/** A tag as scripts see it: the parent by name as well as by id. */
export function publicTag(tag: TagSummary, tags: readonly TagSummary[]) {
  return {
    id: tag.id,
    name: tag.name,
    parent: tag.parentId === null ? null : (tags.find((t) => t.id === tag.parentId)?.name ?? null),
    parentId: tag.parentId,
    colour: tag.color,
    description: tag.description,
    pin: tag.pin,
    count: tag.count,
    totalCount: tag.totalCount,
  };
}

/** The tag with this id, else with this name ignoring case; a clear message when there is none. */
export function findTag(tags: readonly TagSummary[], given: string): TagSummary {
  const wanted = given.trim();
  const found =
    tags.find((t) => t.id === wanted) ??
    tags.find((t) => t.name === wanted) ??
    tags.find((t) => t.name.toLowerCase() === wanted.toLowerCase());
  if (!found) throw new CommandError(`no tag is called “${given}”; dossier tags list shows the codebook`);
  return found;
}

async function resolve(ctx: CommandContext, ...names: string[]): Promise<TagSummary[]> {
  const tags = await ctx.call('tags.list', {});
  return names.map((name) => findTag(tags, name));
}

/** Prints one tag after a change: as JSON, or as the sentence given. */
async function printTag(ctx: CommandContext, id: string, sentence: string): Promise<number> {
  if (ctx.json) {
    const tags = await ctx.call('tags.list', {});
    const tag = tags.find((t) => t.id === id);
    printJson(ctx.io, tag ? publicTag(tag, tags) : null);
  } else ctx.io.out(`${sentence}\n`);
  return EXIT_OK;
}

const passages = (n: number) => `${n} ${n === 1 ? 'passage' : 'passages'}`;

async function listTags(ctx: CommandContext, rest: string[]): Promise<number> {
  if (rest.length > 0) throw new UsageError('tags list takes no arguments');
  const tags = await ctx.call('tags.list', {});
  if (ctx.json) {
    printJson(
      ctx.io,
      tags.map((t) => publicTag(t, tags)),
    );
    return EXIT_OK;
  }
  if (tags.length === 0) {
    ctx.io.out('The codebook is empty. Add a tag with: dossier tags create "<name>"\n');
    return EXIT_OK;
  }
  ctx.io.out(`${treeText(tags)}\n`);
  return EXIT_OK;
}

/** The codebook as an indented tree: name, pinned place, colour, passages ("12 · 20 with sub-tags"). */
export function treeText(tags: readonly TagSummary[]): string {
  const depth = new Map<string, number>();
  const hasChildren = new Set(tags.flatMap((t) => (t.parentId === null ? [] : [t.parentId])));
  const lines: string[] = [];
  for (const tag of tags) {
    const level = tag.parentId === null ? 0 : (depth.get(tag.parentId) ?? -1) + 1;
    depth.set(tag.id, level);
    const indent = '  '.repeat(level);
    const count = hasChildren.has(tag.id) ? `${tag.count} · ${tag.totalCount} with sub-tags` : String(tag.count);
    const marks = [tag.pin === null ? '' : `[${tag.pin}]`, tag.color ?? ''].filter(Boolean).join(' ');
    lines.push(`${indent}${tag.name}${marks ? `  ${marks}` : ''}  ${count}`);
    const about = tag.description.split('\n')[0] ?? '';
    if (about) lines.push(`${indent}    ${about.length > 100 ? `${about.slice(0, 99)}…` : about}`);
  }
  return lines.join('\n');
}

function one(rest: string[], what: string): string {
  const [value, extra] = rest;
  if (value === undefined || extra !== undefined) {
    throw new UsageError(`${what}; put quotes around a name with spaces`);
  }
  return value;
}

async function createTag(ctx: CommandContext, rest: string[]): Promise<number> {
  const name = one(rest, 'tags create needs one name: dossier tags create "<name>" [--parent <tag>]');
  const { parent, description } = ctx.values;
  // --color is the highlight command's spelling; either works here.
  const color = ctx.values.colour ?? ctx.values.color;
  const [under] = parent === undefined ? [] : await resolve(ctx, parent);
  const tag = await ctx.call('tags.create', {
    name,
    ...(under ? { parentId: under.id } : {}),
    ...(color !== undefined ? { color } : {}),
    ...(description !== undefined ? { description } : {}),
  });
  return printTag(ctx, tag.id, `Created “${tag.name}”${under ? ` under “${under.name}”` : ''}.`);
}

async function renameTag(ctx: CommandContext, rest: string[]): Promise<number> {
  const [given, name, extra] = rest;
  if (given === undefined || name === undefined || extra !== undefined) {
    throw new UsageError('tags rename needs a tag and its new name: dossier tags rename "<tag>" "<new name>"');
  }
  const [tag] = (await resolve(ctx, given)) as [TagSummary];
  const renamed = await ctx.call('tags.rename', { id: tag.id, name });
  const sentence =
    renamed.name === tag.name ? `“${tag.name}” already has that name.` : `Renamed “${tag.name}” to “${renamed.name}”.`;
  return printTag(ctx, renamed.id, sentence);
}

async function moveTag(ctx: CommandContext, rest: string[]): Promise<number> {
  const given = one(rest, 'tags move needs one tag: dossier tags move "<tag>" --parent "<tag>" (or --top)');
  const { parent, top } = ctx.values;
  if ((parent === undefined) === !top) {
    throw new UsageError('tags move needs either --parent "<tag>" or --top');
  }
  const [tag, under] = await resolve(ctx, given, ...(parent === undefined ? [] : [parent]));
  const moved = await ctx.call('tags.move', { id: (tag as TagSummary).id, parentId: under?.id ?? null });
  const where = under ? `under “${under.name}”` : 'to the top level';
  return printTag(ctx, moved.id, `Moved “${moved.name}” ${where}.`);
}

async function mergeTags(ctx: CommandContext, rest: string[]): Promise<number> {
  const [given, intoGiven, extra] = rest;
  if (given === undefined || intoGiven === undefined || extra !== undefined) {
    throw new UsageError('tags merge needs two tags: dossier tags merge "<tag>" "<into tag>"');
  }
  const [from, into] = (await resolve(ctx, given, intoGiven)) as [TagSummary, TagSummary];
  const merged = await ctx.call('tags.merge', { id: from.id, into: into.id });
  const sentence = `Merged “${from.name}” (${passages(from.count)}) into “${merged.name}”, which now has ${passages(merged.count)}.`;
  return printTag(ctx, merged.id, sentence);
}

async function deleteTag(ctx: CommandContext, rest: string[]): Promise<number> {
  const given = one(rest, 'tags delete needs one tag: dossier tags delete "<tag>"');
  const tags = await ctx.call('tags.list', {});
  const tag = findTag(tags, given);
  const removed = await ctx.call('tags.delete', { id: tag.id });
  if (ctx.json) {
    printJson(ctx.io, { deleted: publicTag(tag, tags), ...removed });
    return EXIT_OK;
  }
  const parent = tags.find((t) => t.id === tag.parentId);
  const subTags =
    removed.subTags === 0
      ? ''
      : `; ${removed.subTags === 1 ? 'its sub-tag moved' : `its ${removed.subTags} sub-tags moved`} ${parent ? `under “${parent.name}”` : 'to the top level'}`;
  ctx.io.out(`Deleted “${tag.name}”: removed from ${passages(removed.passages)}${subTags}.\n`);
  return EXIT_OK;
}
