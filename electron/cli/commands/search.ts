/**
 * `dossier search <query…>`: documents, then highlights and notes, timeline events and tags, each
 * ranked with the matched words as [[word]], in the command's project. Waits until all of it is searchable.
 */
import type { MarkedText } from '../../contract';
import { markSnippet } from '../format';
import { EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';

export async function searchLibrary(ctx: CommandContext): Promise<number> {
  const q = ctx.args.join(' ').trim();
  if (q === '') throw new UsageError('search needs a query');
  let said = '';
  await ctx.searchReady((message) => {
    if (message !== said && !ctx.json) ctx.io.err(`${message}\n`);
    said = message;
  });
  const results = await ctx.call('search.query', { q, limit: 50 });
  if (ctx.json) {
    printJson(ctx.io, results);
    return EXIT_OK;
  }
  if (results.notice) ctx.io.err(`${results.notice}\n`);
  const { documents, highlights, events, tags } = results;
  const project = await ctx.projectName();
  if (documents.total + highlights.total + events.total + tags.total === 0) {
    ctx.io.err(`Nothing in “${project}” matches “${q}”.\n`);
    return EXIT_OK;
  }
  ctx.io.err(`Searching “${project}”\n`);
  const count = (g: { total: number; atLeast: boolean }) => `${g.total}${g.atLeast ? '+' : ''}`;
  if (documents.total > 0) {
    ctx.io.out(`Documents (${count(documents)})\n`);
    documents.hits.forEach((hit, i) => {
      ctx.io.out(`${i + 1}. ${hit.title}  (${hit.documentId}, score ${hit.score.toFixed(2)})\n`);
      if (hit.snippet) ctx.io.out(`   ${markSnippet(hit.snippet)}\n`);
    });
  }
  if (highlights.total > 0) {
    ctx.io.out(`\nHighlights and notes (${count(highlights)})\n`);
    for (const hit of highlights.hits) {
      ctx.io.out(`- “${marked(hit.quote)}” — ${hit.documentTitle} [${hit.color}]${tagList(hit.tags)}\n`);
      if (hit.note) ctx.io.out(`  Note: ${marked(hit.note)}\n`);
    }
  }
  if (events.total > 0) {
    ctx.io.out(`\nTimeline events (${count(events)})\n`);
    for (const hit of events.hits) ctx.io.out(`- ${hit.date}  ${marked(hit.title)}\n`);
  }
  if (tags.total > 0) {
    ctx.io.out(`\nTags (${count(tags)})\n`);
    for (const hit of tags.hits) ctx.io.out(`- ${marked({ text: hit.name, marks: hit.marks })} (${hit.count})\n`);
  }
  if (documents.total > documents.hits.length) {
    ctx.io.err(`Showing ${documents.hits.length} of ${count(documents)} matching documents.\n`);
  }
  return EXIT_OK;
}

function marked(text: MarkedText): string {
  return markSnippet({ start: 0, end: text.text.length, ...text });
}

function tagList(tags: readonly string[]): string {
  return tags.length > 0 ? ` #${tags.join(' #')}` : '';
}
