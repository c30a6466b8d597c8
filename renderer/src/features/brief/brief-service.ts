/**
 * The Brief view's service: loads the saved brief and the passages when the view opens, applies
 * the analyst's edits to the working copy at once and saves them a pause later (one pause, one
 * save, one undo step), rebuilds the preview a moment after every change, and takes in the
 * library's changes (an undo of a brief edit, new passages) without losing what is being typed.
 */
import { methods, type BriefDraft, type ChangedEntity } from '../../../../electron/contract';
import { request } from '../../store/api';
import { useAppStore } from '../../store/app-store';
import { showError } from '../../store/toasts';
import { loadPassages } from './brief-passages';
import { briefState, composedBrief, setBrief } from './brief-store';

/** What the analyst edits; `brief.save` takes any of it. */
export type BriefEdit = Partial<Omit<BriefDraft, 'updatedAt'>>;

const SAVE_PAUSE_MS = 700;
const PREVIEW_PAUSE_MS = 250;

let pending: BriefEdit = {};
let saveTimer: ReturnType<typeof setTimeout> | null = null;
let saves: Promise<void> = Promise.resolve();
let inFlight = 0;
let previewTimer: ReturnType<typeof setTimeout> | null = null;
let previewRun = 0;

/** Loads the saved brief and the passages (the view calls this when it opens). */
export async function openBrief(): Promise<void> {
  await Promise.all([reloadDraft(), reloadPassages()]);
}

async function reloadDraft(): Promise<void> {
  const result = await request('brief.get', {});
  if (!result.ok) {
    setBrief({ previewError: result.error.message });
    return;
  }
  // An edit typed while the answer was on its way wins: it is saved a moment later anyway.
  if (saveTimer || inFlight > 0) return;
  setBrief({ draft: result.value });
  schedulePreview();
}

async function reloadPassages(): Promise<void> {
  try {
    const passages = await loadPassages();
    if (passages) setBrief({ passages });
  } catch (error) {
    showError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Applies an edit to the working copy now. Typing (`pause`) is saved after a pause, so a sentence
 * is one undo step; a click (a checkbox, a structure, a citation, a delete) is saved at once, after
 * any typing still waiting — as its own step, so undoing the click keeps what was typed.
 */
export function editBrief(edit: BriefEdit, options: { pause?: boolean } = {}): void {
  const { draft } = briefState();
  if (!draft) return;
  setBrief({ draft: { ...draft, ...edit } });
  schedulePreview();
  if (!options.pause && saveTimer) void saveNow();
  pending = { ...pending, ...edit };
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = null;
  if (options.pause) saveTimer = setTimeout(() => void saveNow(), SAVE_PAUSE_MS);
  else void saveNow();
}

/** Saves what is waiting now (before an export, and when the view closes). */
export function flushBrief(): Promise<void> {
  return saveNow();
}

/** Sends what is waiting as one save, after the saves before it (so they land in order). */
function saveNow(): Promise<void> {
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = null;
  const { valid, invalid, problem } = splitValid(pending);
  pending = invalid;
  setBrief({ saveError: problem });
  if (Object.keys(valid).length === 0) return saves;
  inFlight++;
  saves = saves
    .then(() => request('brief.save', valid))
    .then((result) => {
      // A part held back (a backwards date range) keeps saying so after the rest is saved.
      if (!result.ok) setBrief({ saveError: result.error.message });
    })
    .finally(() => inFlight--);
  return saves;
}

/**
 * Parts of an edit that cannot be saved as they are (a date range that ends before it starts) wait
 * until corrected, and say why; the rest is saved so one bad field holds nothing else back.
 */
function splitValid(edit: BriefEdit): { valid: BriefEdit; invalid: BriefEdit; problem: string | null } {
  const valid: BriefEdit = {};
  const invalid: BriefEdit = {};
  let problem: string | null = null;
  for (const key of Object.keys(edit) as (keyof BriefEdit)[]) {
    const part = { [key]: edit[key] };
    const checked = methods['brief.save'].input.safeParse(part);
    if (checked.success) Object.assign(valid, part);
    else {
      Object.assign(invalid, part);
      problem ??= checked.error.issues[0]?.message ?? 'This part of the brief cannot be saved as it is.';
    }
  }
  return { valid, invalid, problem };
}

function schedulePreview(): void {
  setBrief({ previewStale: true });
  if (previewTimer) clearTimeout(previewTimer);
  previewTimer = setTimeout(() => void rebuildPreview(), PREVIEW_PAUSE_MS);
}

/** Asks the core for the syntax tree of the brief as composed; a slower, older answer is dropped. */
async function rebuildPreview(): Promise<void> {
  previewTimer = null;
  const { draft } = briefState();
  if (!draft) return;
  const run = ++previewRun;
  const composed = composedBrief(draft);
  const result = await request('brief.preview', composed);
  if (run !== previewRun || previewTimer) return;
  if (result.ok) {
    setBrief({ preview: { tree: result.value.tree, composed }, previewError: null, previewStale: false });
  } else {
    setBrief({ previewError: result.error.message });
  }
}

/**
 * The library changed (pushed events and the app's own writes): while the Brief view is open, the
 * saved brief is read again after an undo or another window's edit, and passages and preview
 * follow new highlights, tags, events and documents.
 */
export async function refreshBrief(entities: ReadonlySet<ChangedEntity>): Promise<void> {
  if (useAppStore.getState().mainView !== 'brief' || !briefState().draft) return;
  const jobs: Promise<void>[] = [];
  if (entities.has('brief')) jobs.push(reloadDraft());
  if (entities.has('highlights') || entities.has('documents') || entities.has('tags')) jobs.push(reloadPassages());
  if (!entities.has('brief') && entities.size > 0) schedulePreview();
  await Promise.all(jobs);
}
