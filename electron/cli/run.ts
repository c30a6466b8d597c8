/**
 * Parses the command line, opens the core on the data folder and dispatches to a command.
 * Exit codes: 0 done, 1 failed (a message from the core, an existing file), 2 wrong invocation.
 */
import { parseArgs } from 'node:util';
import type { CallScope, CoreMethodName, EventName, EventPayload, MethodInput, MethodOutput } from '../contract';
import { createCore, type Core } from '../core/create-core';
import { defaultDataDir } from '../core/data-dir';
import { LibraryDamagedError } from '../core/db/damaged-library';
import { DossierFailure } from '../core/errors';
import { repoPaths } from '../core/repo-paths';
import { backupLibrary } from './commands/backup';
import { bundleCommand } from './commands/bundle';
import { copyCommand } from './commands/copy';
import { proposedDates } from './commands/dates';
import { timelineEvents } from './commands/events';
import { exportCommand } from './commands/export';
import { gradeEvidence } from './commands/grade';
import { highlightQuote } from './commands/highlight';
import { importPaths } from './commands/import';
import { importQdpxCommand } from './commands/import-qdpx';
import { listDocuments } from './commands/list';
import { openLink } from './commands/open-link';
import { projectsCommand } from './commands/projects';
import { replaceDocument } from './commands/replace';
import { restoreBackup } from './commands/restore';
import { searchLibrary } from './commands/search';
import { showDocument } from './commands/show';
import { codebookTags } from './commands/tags';
import { CommandError, EXIT_FAILED, EXIT_OK, EXIT_USAGE, terminalSafe, UsageError, type Io } from './io';
import { usage } from './usage';

const options = {
  'data-dir': { type: 'string' },
  project: { type: 'string' },
  json: { type: 'boolean' },
  'no-sample': { type: 'boolean' },
  out: { type: 'string' },
  title: { type: 'string' },
  date: { type: 'string' },
  description: { type: 'string' },
  highlight: { type: 'string', multiple: true },
  reference: { type: 'string' },
  force: { type: 'boolean' },
  list: { type: 'boolean' },
  parent: { type: 'string' },
  top: { type: 'boolean' },
  colour: { type: 'string' },
  qdc: { type: 'boolean' },
  csv: { type: 'boolean' },
  quote: { type: 'string' },
  occurrence: { type: 'string' },
  color: { type: 'string' },
  note: { type: 'string' },
  tag: { type: 'string', multiple: true },
  grade: { type: 'string' },
  reliability: { type: 'string' },
  credibility: { type: 'string' },
  source: { type: 'string' },
  format: { type: 'string' },
  'sub-tags': { type: 'boolean' },
  event: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
  'min-grade': { type: 'string' },
  'whole-project': { type: 'boolean' },
  structure: { type: 'string' },
  as: { type: 'string' },
  merge: { type: 'boolean' },
  yes: { type: 'boolean' },
  'with-highlights': { type: 'boolean' },
  move: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CommandContext {
  io: Io;
  json: boolean;
  args: string[];
  values: {
    out?: string;
    title?: string;
    force?: boolean;
    list?: boolean;
    date?: string;
    description?: string;
    highlight?: string[];
    reference?: string;
    parent?: string;
    top?: boolean;
    colour?: string;
    qdc?: boolean;
    csv?: boolean;
    quote?: string;
    occurrence?: string;
    color?: string;
    note?: string;
    tag?: string[];
    grade?: string;
    reliability?: string;
    credibility?: string;
    source?: string;
    format?: string;
    'sub-tags'?: boolean;
    event?: string[];
    from?: string;
    to?: string;
    'min-grade'?: string;
    'whole-project'?: boolean;
    structure?: string;
    as?: string;
    merge?: boolean;
    yes?: boolean;
    'with-highlights'?: boolean;
    move?: boolean;
  };
  /** The project named by `--project` (a name in any case, or an id); absent, the project used last. */
  scope: CallScope | undefined;
  /** The library folder, for commands that work on its files rather than through the core (backup, restore). */
  dataDir: string;
  /**
   * Calls the core in the command's project (`scope`, unless another is given); a failure becomes
   * a CommandError carrying the core's message.
   */
  call<M extends CoreMethodName>(method: M, payload: MethodInput<M>, scope?: CallScope): Promise<MethodOutput<M>>;
  /** The name of the project the command works on, for its human output. */
  projectName(): Promise<string>;
  /** Follows one of the core's events (an import's progress); returns a function that stops it. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Resolves once every document is searchable; reports warming/indexing on the way. */
  searchReady(onProgress: (message: string) => void): Promise<void>;
}

type Command = (ctx: CommandContext) => Promise<number>;

const commands: Record<string, Command> = {
  import: importPaths,
  list: listDocuments,
  show: showDocument,
  replace: replaceDocument,
  search: searchLibrary,
  export: exportCommand,
  open: openLink,
  events: timelineEvents,
  dates: proposedDates,
  tags: codebookTags,
  highlight: highlightQuote,
  grade: gradeEvidence,
  backup: backupLibrary,
  restore: restoreBackup,
  bundle: bundleCommand,
  projects: projectsCommand,
  'import-qdpx': importQdpxCommand,
  copy: copyCommand,
};

export async function run(argv: string[], terminal: Io): Promise<number> {
  const io = terminalSafe(terminal);
  let core: Core | undefined;
  try {
    const { values, positionals } = parseCommandLine(argv);
    const [name, ...args] = positionals;
    if (values.help || name === undefined || name === 'help') {
      io.out(usage);
      return EXIT_OK;
    }
    const command = commands[name];
    if (!command) throw new UsageError(`unknown command “${name}”`);
    const dataDir = values['data-dir'] ?? defaultDataDir();
    // Opened on the first call, so a wrong invocation never creates a library as a side effect.
    const open = (): Core =>
      (core ??= createCore({
        dataDir,
        sampleDir: values['no-sample'] ? undefined : repoPaths.sampleCorpus,
        platform: 'cli',
        logger: {
          warn: (message: string) => io.err(`dossier: ${message}\n`),
          error: (...parts: unknown[]) => io.err(`${parts.join(' ')}\n`),
        },
      }));
    // One scope for every call of the command: --project, else the project used last.
    const scope = values.project === undefined ? undefined : { project: values.project };
    const call: CommandContext['call'] = async (method, payload, callScope = scope) => {
      const result = await open().handle(method, payload, callScope);
      if (!result.ok) throw new CommandError(result.error.message, result.error.code);
      return result.value;
    };
    return await command({
      io,
      json: values.json ?? false,
      args,
      values,
      scope,
      dataDir,
      searchReady: (onProgress) => searchReady(open(), scope, onProgress),
      on: (event, listener) => open().on(event, listener),
      call,
      projectName: async () => (await call('library.info', {})).projectName,
    });
  } catch (error) {
    return report(error, io);
  } finally {
    await core?.close();
  }
}

async function searchReady(
  core: Core,
  scope: CallScope | undefined,
  onProgress: (message: string) => void,
): Promise<void> {
  // Every open project reports its own index; only the command's project counts. Its id first (an
  // unknown --project fails here with the core's message, naming the library's projects).
  const info = await core.handle('library.info', {}, scope);
  if (!info.ok) throw new CommandError(info.error.message, info.error.code);
  const { projectId } = info.value;
  return new Promise((resolve) => {
    const off = core.on('search.status', (status) => {
      if (status.project !== projectId) return;
      if (status.state === 'ready') {
        off();
        resolve();
      } else if (status.message && status.total > 0) onProgress(status.message);
    });
    void core.handle('search.status', {}, scope).then((result) => {
      if (!result.ok || result.value.state === 'ready') {
        off();
        resolve();
      } else if (result.value.message && result.value.total > 0) onProgress(result.value.message);
    });
  });
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function report(error: unknown, io: Io): number {
  if (error instanceof UsageError) {
    io.err(`dossier: ${error.message}\n\n${usage}`);
    return EXIT_USAGE;
  }
  if (error instanceof LibraryDamagedError) {
    const hint = error.latestGood
      ? `To put the latest good backup in its place (the damaged file is kept): dossier restore "${error.latestGood.path}"`
      : 'Copy the file somewhere safe before trying any repair tool on it.';
    io.err(`dossier: ${error.message}\n${hint}\n`);
    return EXIT_FAILED;
  }
  if (error instanceof CommandError || error instanceof DossierFailure) {
    io.err(`dossier: ${error.message}\n`);
    return EXIT_FAILED;
  }
  io.err(`dossier: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT_FAILED;
}
