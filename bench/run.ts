/**
 * `npm run bench`: import throughput, index build time and query latency, printed as figures.
 * Synthetic documents are shuffled sentences of the sample corpus, so sizes and vocabulary look
 * like the analyst's news articles. Then the search bench (search-report.ts): Dossier beside SQLite
 * FTS5 at 1,000 and 10,000 documents. Figures only: nothing here asserts a time.
 *
 * Options (after `npm run bench --`): `--search-only` skips the import benches; `--sizes=1000,10000`
 * chooses the search bench's sizes; `--durability-only` runs only the cost of synchronous=FULL
 * (durability.ts); `--timeline-only` runs only the timeline view's render and zoom/pan bench in Chromium
 * (timeline-render.ts), `--timeline-events=2000` its number of events; `--brief-only` runs only the
 * brief's preview and export bench (brief-bench.ts). BENCH_SIZES and BENCH_FORMAT_DOCS size the import benches.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DocumentId } from '../electron/contract';
import { createCore } from '../electron/core/create-core';
import { repoPaths } from '../electron/core/repo-paths';
import { benchBrief } from './brief-bench';
import { benchDurability } from './durability';
import { benchImportFormats } from './import-formats';
import { benchSearch } from './search-report';
import { benchTimeline } from './timeline-render';

const args = process.argv.slice(2);
const searchOnly = args.includes('--search-only');
const durabilityOnly = args.includes('--durability-only');
const timelineOnly = args.includes('--timeline-only');
const briefOnly = args.includes('--brief-only');
const timelineEvents = Number(
  args.find((a) => a.startsWith('--timeline-events='))?.slice('--timeline-events='.length) ?? 2000,
);
const searchSizes = (args.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length) ?? '1000,10000')
  .split(',')
  .map(Number);
const unknown = args.filter(
  (a) =>
    !['--search-only', '--durability-only', '--timeline-only', '--brief-only'].includes(a) &&
    !a.startsWith('--sizes=') &&
    !a.startsWith('--timeline-events='),
);
if (
  unknown.length > 0 ||
  !searchSizes.every((n) => Number.isInteger(n) && n > 0) ||
  !(Number.isInteger(timelineEvents) && timelineEvents > 0)
) {
  console.error(
    'usage: npm run bench -- [--search-only | --durability-only | --timeline-only | --brief-only] [--sizes=1000,10000] [--timeline-events=2000]',
  );
  process.exit(2);
}

const sizes = (process.env.BENCH_SIZES ?? '200,1000').split(',').map(Number);
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

const queries = [
  'Haiti',
  'peacekeeping mission',
  'Guterres',
  'Kenya police',
  'gang* violence',
  'Security Council resolution',
  'humanitarian',
  'Antonio',
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

async function benchImport(): Promise<void> {
  console.log(`Dossier bench on ${process.platform} ${process.arch}, Node ${process.version}`);
  console.log('| documents | MB | import docs/s | import MB/s | reindex ms | query p50 ms | query p95 ms |');
  console.log('|---|---|---|---|---|---|---|');
  for (const size of sizes) {
    const dataDir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
    const core = createCore({ dataDir, platform: 'cli' });
    const files = Array.from({ length: size }, (_, i) => {
      const text = syntheticDocument(i);
      return {
        name: `report-${i}.txt`,
        contentBase64: Buffer.from(text).toString('base64'),
        bytes: Buffer.byteLength(text),
      };
    });
    const megabytes = files.reduce((n, f) => n + f.bytes, 0) / 1024 / 1024;
    const started = performance.now();
    for (let i = 0; i < files.length; i += 100) {
      const batch = files.slice(i, i + 100).map(({ name, contentBase64 }) => ({ name, contentBase64 }));
      const result = await core.handle('documents.import', { files: batch });
      if (!result.ok) throw new Error(result.error.message);
    }
    const importMs = performance.now() - started;
    const reindexStart = performance.now();
    await core.handle('documents.update', { id: await firstId(), title: 'Bench retitled' });
    const reindexMs = performance.now() - reindexStart;
    const latencies: number[] = [];
    for (let round = 0; round < 25; round++) {
      for (const q of queries) {
        const t = performance.now();
        const result = await core.handle('search.query', { q, limit: 20 });
        if (!result.ok) throw new Error(result.error.message);
        latencies.push(performance.now() - t);
      }
    }
    console.log(
      `| ${size} | ${megabytes.toFixed(1)} | ${(size / (importMs / 1000)).toFixed(0)} | ${(megabytes / (importMs / 1000)).toFixed(2)} | ` +
        `${reindexMs.toFixed(0)} | ${percentile(latencies, 0.5).toFixed(1)} | ${percentile(latencies, 0.95).toFixed(1)} |`,
    );
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });

    async function firstId(): Promise<DocumentId> {
      const list = await core.handle('documents.list', {});
      if (!list.ok || !list.value[0]) throw new Error('no documents');
      return list.value[0].id;
    }
  }
  console.log(
    'import = documents.import in batches of 100; reindex = one documents.update of a title. Search indexes in the ' +
      'background, so neither includes the index update: the search bench below times that.',
  );

  const formatCount = Number(process.env.BENCH_FORMAT_DOCS ?? 200);
  await benchImportFormats(
    Array.from({ length: formatCount }, (_, i) => {
      const [title = `Report ${i}`, ...paragraphs] = syntheticDocument(i).trim().split('\n\n');
      return { title, paragraphs };
    }),
  );
}

if (durabilityOnly) {
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
    await benchTimeline(timelineEvents);
    await benchBrief(syntheticDocument);
  }
}
