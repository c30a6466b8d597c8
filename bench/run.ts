/**
 * `npm run bench`: the import table (per format and a 10,000-document bulk run, beside FTS5's ingest
 * of the same files), the cost of synchronous=FULL, then the search bench (search-report.ts): Dossier
 * beside SQLite FTS5 at 1,000, 10,000 and 50,000 documents, then the timeline and brief benches.
 * Figures only: nothing here asserts a time.
 *
 * Options (after `npm run bench --`): `--import-only` runs only the import table, `--bulk-docs=10000`
 * its bulk run's size and `--format-docs=500` its per-format size; `--search-only` skips everything
 * but the search bench; `--fifty-k` runs only the search bench at 50,000 documents (the same as
 * `--search-only --sizes=50000`); `--sizes=1000,10000,50000` chooses the search bench's sizes;
 * `--durability-only` runs only the cost of synchronous=FULL (durability.ts); `--timeline-only` runs
 * only the timeline view's render and zoom/pan bench in Chromium (timeline-render.ts),
 * `--timeline-events=2000` its number of events; `--brief-only` runs only the brief's preview and
 * export bench (brief-bench.ts); `--list-only` runs only the library list in Chromium at
 * `--list-docs=50000` documents (library-list.ts: first paint, End, scroll frames), which the full run
 * measures after the search bench.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPaths } from '../electron/core/repo-paths';
import { benchBrief } from './brief-bench';
import { benchDurability } from './durability';
import { benchImports } from './import-formats';
import { benchLibraryList } from './library-list';
import { generateCorpus } from './search-corpus';
import { benchSearch } from './search-report';
import { benchTimeline } from './timeline-render';

const args = process.argv.slice(2);
const flags = [
  '--search-only',
  '--durability-only',
  '--timeline-only',
  '--brief-only',
  '--import-only',
  '--fifty-k',
  '--list-only',
];
const valued = ['--sizes=', '--timeline-events=', '--bulk-docs=', '--format-docs=', '--list-docs='];
const valueOf = (name: string, fallback: string) =>
  args.find((a) => a.startsWith(name))?.slice(name.length) ?? fallback;
const fiftyK = args.includes('--fifty-k');
const searchOnly = args.includes('--search-only') || fiftyK;
const durabilityOnly = args.includes('--durability-only');
const timelineOnly = args.includes('--timeline-only');
const briefOnly = args.includes('--brief-only');
const importOnly = args.includes('--import-only');
const listOnly = args.includes('--list-only');
const listDocs = Number(valueOf('--list-docs=', '50000'));
const timelineEvents = Number(valueOf('--timeline-events=', '2000'));
const bulkDocs = Number(valueOf('--bulk-docs=', '10000'));
const formatDocs = Number(valueOf('--format-docs=', '500'));
const searchSizes = valueOf('--sizes=', fiftyK ? '50000' : '1000,10000,50000')
  .split(',')
  .map(Number);
const unknown = args.filter((a) => !flags.includes(a) && !valued.some((v) => a.startsWith(v)));
const positive = (n: number) => Number.isInteger(n) && n > 0;
if (
  unknown.length > 0 ||
  !searchSizes.every(positive) ||
  ![timelineEvents, bulkDocs, formatDocs, listDocs].every(positive)
) {
  console.error(
    'usage: npm run bench -- [--import-only | --search-only | --fifty-k | --durability-only | --timeline-only | ' +
      '--brief-only | --list-only] [--sizes=1000,10000,50000] [--bulk-docs=10000] [--format-docs=500] ' +
      '[--timeline-events=2000] [--list-docs=50000]',
  );
  process.exit(2);
}

const sentences = readdirSync(repoPaths.sampleCorpus)
  .flatMap((f) => readFileSync(join(repoPaths.sampleCorpus, f), 'utf8').split(/(?<=[.!?])\s+/))
  .filter((s) => s.length > 20);

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

function syntheticDocument(i: number): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < 6 + Math.floor(random() * 10); p++) {
    const n = 2 + Math.floor(random() * 4);
    paragraphs.push(Array.from({ length: n }, () => sentences[Math.floor(random() * sentences.length)]).join(' '));
  }
  return `Report ${i}\n\n${paragraphs.join('\n\n')}\n`;
}

async function benchImport(): Promise<void> {
  console.log(`Dossier bench on ${process.platform} ${process.arch}, Node ${process.version}`);
  const articles = Array.from({ length: formatDocs }, (_, i) => {
    const [title = `Report ${i}`, ...paragraphs] = syntheticDocument(i).trim().split('\n\n');
    return { title, paragraphs };
  });
  await benchImports(articles, generateCorpus(bulkDocs));
}

if (importOnly) {
  await benchImport();
} else if (listOnly) {
  await benchLibraryList(listDocs);
} else if (durabilityOnly) {
  await benchDurability(syntheticDocument);
} else if (timelineOnly) {
  await benchTimeline(timelineEvents);
} else if (briefOnly) {
  await benchBrief(syntheticDocument);
} else {
  if (!searchOnly) {
    await benchImport();
    await benchDurability(syntheticDocument);
  }
  await benchSearch(searchSizes);
  if (!searchOnly) {
    await benchLibraryList(listDocs);
    await benchTimeline(timelineEvents);
    await benchBrief(syntheticDocument);
  }
}
