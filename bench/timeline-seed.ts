/**
 * A library for the timeline bench, written through core's own calls (`documents.import`,
 * `highlights.create`, `events.create`) on a core opened directly on the folder: the sample
 * documents, tagged highlights on them, and N events whose EDTF dates spread over twenty years in
 * every form the axis draws (days, months, years, seasons, approximate, uncertain, intervals, open
 * ends), about one in five linked to a passage. Deterministic, so runs compare.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreMethodName, DocumentId, HighlightId, MethodInput, MethodOutput } from '../electron/contract';
import { createCore, type Core } from '../electron/core/create-core';
import { repoPaths } from '../electron/core/repo-paths';

const FIRST_YEAR = 2005;
const YEARS = 20;
const TAGS = ['Security Council', 'Kenya', 'Gangs', 'Humanitarian', 'Elections', 'Funding'];
const SUBJECTS = ['Council', 'Mission', 'Minister', 'Police', 'Envoy', 'Donors', 'Court', 'Ports', 'Agency', 'Gangs'];
const VERBS = ['votes on', 'reports on', 'suspends', 'extends', 'announces', 'reviews', 'blocks', 'funds'];
const OBJECTS = ['the mandate', 'aid convoys', 'a ceasefire', 'new sanctions', 'the budget', 'an inquiry'];

let state = 7;
const random = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const pad = (n: number): string => String(n).padStart(2, '0');

function month(): { y: number; m: number } {
  return { y: FIRST_YEAR + Math.floor(random() * YEARS), m: 1 + Math.floor(random() * 12) };
}
const day = (): string => {
  const { y, m } = month();
  return `${y}-${pad(m)}-${pad(1 + Math.floor(random() * 28))}`;
};
const later = (iso: string, months: number): string => {
  const [y = 0, m = 1] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
};

/** One EDTF date; the mix leans to days and months, as analysts' timelines do. */
export function benchDate(): string {
  const roll = random();
  const { y, m } = month();
  if (roll < 0.4) return day();
  if (roll < 0.55) return `${y}-${pad(m)}`;
  if (roll < 0.62) return `${y}-${pad(m)}${pick(['~', '?', '%'])}`;
  if (roll < 0.67) return `${day()}${pick(['~', '?'])}`;
  if (roll < 0.7) return `${y}${pick(['', '~'])}`;
  if (roll < 0.73) return `${y}-${pick([21, 22, 23, 33, 34, 35, 36])}`;
  if (roll < 0.82) return `${y}-${pad(m)}/${later(`${y}-${pad(m)}`, 1 + Math.floor(random() * 8))}`;
  if (roll < 0.9) {
    const from = day();
    return `${from}/${from.slice(0, 8)}${pad(Math.min(28, Number(from.slice(8)) + 1 + Math.floor(random() * 10)))}`;
  }
  if (roll < 0.95) return `${y}-${pad(m)}~/${later(`${y}-${pad(m)}`, 2)}~`;
  return roll < 0.975 ? `../${day()}` : `${y}-${pad(m)}/..`;
}

async function call<M extends CoreMethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await core.handle(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** Highlights on sentence-sized ranges of each document, each with one or two tags. */
async function seedPassages(core: Core, ids: readonly DocumentId[], perDocument: number): Promise<HighlightId[]> {
  const highlights: HighlightId[] = [];
  for (const id of ids) {
    const { text } = await call(core, 'documents.get', { id });
    for (let i = 0; i < perDocument; i++) {
      const start = Math.floor((i / perDocument) * (text.length - 200));
      const highlight = await call(core, 'highlights.create', {
        documentId: id,
        start,
        end: start + 80,
        color: 'yellow',
      });
      const tags = [pick(TAGS), ...(random() < 0.3 ? [pick(TAGS)] : [])];
      await call(core, 'highlights.setTags', { id: highlight.id, tags: [...new Set(tags)] });
      highlights.push(highlight.id);
    }
  }
  return highlights;
}

export interface SeededTimeline {
  events: number;
  linked: number;
  documents: number;
  passages: number;
}

/** Fills an empty folder with the bench library; the core is closed again before this returns. */
export async function seedTimeline(dataDir: string, count: number): Promise<SeededTimeline> {
  state = 7;
  const core = createCore({ dataDir, platform: 'cli' });
  try {
    const files = readdirSync(repoPaths.sampleCorpus).map((name) => ({
      name,
      contentBase64: readFileSync(join(repoPaths.sampleCorpus, name)).toString('base64'),
    }));
    const report = await call(core, 'documents.import', { files });
    const passages = await seedPassages(
      core,
      report.imported.map((doc) => doc.id),
      12,
    );
    let linked = 0;
    for (let i = 0; i < count; i++) {
      const highlightIds = random() < 0.2 ? [pick(passages), ...(random() < 0.25 ? [pick(passages)] : [])] : [];
      linked += highlightIds.length > 0 ? 1 : 0;
      await call(core, 'events.create', {
        date: benchDate(),
        title: `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} (${i + 1})`,
        description: random() < 0.3 ? 'Seeded by the timeline bench.' : undefined,
        highlightIds: [...new Set(highlightIds)],
      });
    }
    return { events: count, linked, documents: report.imported.length, passages: passages.length };
  } finally {
    await core.close();
  }
}
