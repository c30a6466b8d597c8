/**
 * The brief bench: how long the Brief view's preview and each export take on a large project.
 * A library of synthetic documents with tagged passages, events resting on some of them and key
 * judgments citing them is written through core's own calls; then `brief.preview` (the syntax tree
 * the preview asks for a moment after each edit: the figure the analyst feels), its size as JSON and
 * the page's own step (the tree into HTML's tree, measured here under Node as a stand-in), beside
 * what parsing the Markdown again would cost, then `export.brief` in each format and the data exports.
 * Figures only: nothing here asserts a time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import type { CoreMethodName, HighlightId, MethodInput, MethodOutput } from '../electron/contract';
import { createCore, type Core } from '../electron/core/create-core';

const TAGS = ['Security Council', 'Kenya', 'Gangs', 'Humanitarian', 'Elections', 'Funding'];
const RUNS = 5;

async function call<M extends CoreMethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await core.handle(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function timed(run: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Documents with `perDocument` tagged passages each, events on every fourth passage, judgments citing some. */
async function seed(core: Core, documents: number, perDocument: number, text: (i: number) => string) {
  const passages: HighlightId[] = [];
  for (let i = 0; i < documents; i += 50) {
    const files = Array.from({ length: Math.min(50, documents - i) }, (_, k) => ({
      name: `report-${i + k}.txt`,
      contentBase64: Buffer.from(text(i + k)).toString('base64'),
    }));
    const report = await call(core, 'documents.import', { files });
    for (const doc of report.imported) {
      const { text: body } = await call(core, 'documents.get', { id: doc.id });
      for (let p = 0; p < perDocument; p++) {
        const start = Math.floor((p / perDocument) * (body.length - 120));
        const highlight = await call(core, 'highlights.create', {
          documentId: doc.id,
          start,
          end: start + 100,
          color: 'yellow',
          note: p % 3 === 0 ? 'Checked against the council record.' : undefined,
        });
        await call(core, 'highlights.setTags', {
          id: highlight.id,
          tags: [TAGS[(p + passages.length) % TAGS.length]!],
        });
        passages.push(highlight.id);
      }
    }
  }
  for (let e = 0; e < passages.length; e += 4) {
    const month = String((e % 12) + 1).padStart(2, '0');
    await call(core, 'events.create', {
      date: `${2010 + (e % 15)}-${month}`,
      title: `Event ${e / 4 + 1}`,
      highlightIds: [passages[e]!],
    });
  }
  const judgments = Array.from({ length: 20 }, (_, j) => ({
    id: `j${j + 1}`,
    text: `We assess that **finding ${j + 1}** holds, with *moderate* confidence.`,
    citations: [passages[(j * 37) % passages.length]!, passages[(j * 53 + 7) % passages.length]!],
  }));
  await call(core, 'brief.save', { summary: 'The mission is *underfunded* and short of police.', judgments });
  return passages.length;
}

export async function benchBrief(text: (i: number) => string, documents = 500, perDocument = 8): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-bench-brief-'));
  const core = createCore({ dataDir, platform: 'cli' });
  try {
    const passages = await seed(core, documents, perDocument, text);
    console.log(`\nBrief bench: ${documents} documents, ${passages} passages, ${passages / 4} events, 20 judgments`);
    console.log('| what | median ms | size |');
    console.log('|---|---|---|');
    let tree: MethodOutput<'brief.preview'>['tree'] = { type: 'root', children: [] };
    const preview = await timed(async () => {
      tree = (await call(core, 'brief.preview', {})).tree;
    });
    const treeKb = Buffer.byteLength(JSON.stringify(tree)) / 1024;
    console.log(`| brief.preview (the tree) | ${preview.toFixed(0)} | ${treeKb.toFixed(0)} KB as JSON |`);
    const hast = await timed(() => toHast(tree, { allowDangerousHtml: false }));
    console.log(`| preview in the page: tree → HTML tree (Node) | ${hast.toFixed(0)} | |`);
    let markdown = '';
    for (const format of ['md', 'html', 'docx'] as const) {
      let size = 0;
      const ms = await timed(async () => {
        const brief = await call(core, 'export.brief', { format });
        markdown = brief.markdown;
        size = format === 'docx' ? Buffer.from(brief.content, 'base64').length : Buffer.byteLength(brief.content);
      });
      console.log(`| export.brief ${format} | ${ms.toFixed(0)} | ${(size / 1024).toFixed(0)} KB |`);
    }
    const [tag] = await call(core, 'tags.list', {});
    if (!tag) throw new Error('the bench library has no tags');
    const scope = { tags: { ids: [tag.id], includeSubTags: false } };
    const scoped = await timed(() => call(core, 'brief.preview', { scope }));
    console.log(`| brief.preview, scoped to one tag of ${TAGS.length} | ${scoped.toFixed(0)} | |`);
    const parse = await timed(() =>
      fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
    );
    console.log(`| (not done) parsing the Markdown again in the page (Node) | ${parse.toFixed(0)} | |`);
    for (const input of [
      { kind: 'passages', format: 'csv' },
      { kind: 'timeline', format: 'csv' },
      { kind: 'annotations', format: 'json' },
    ] as const) {
      let size = 0;
      const ms = await timed(async () => {
        size = Buffer.byteLength((await call(core, 'export.data', input)).content);
      });
      console.log(`| export.data ${input.kind} ${input.format} | ${ms.toFixed(0)} | ${(size / 1024).toFixed(0)} KB |`);
    }
    console.log(`(median of ${RUNS} runs each)`);
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
