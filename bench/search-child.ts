/**
 * One engine at one N, in a fresh process as SEARCH-PERF.md runs every engine × N, so neither
 * engine's heap, JIT or leftover threads colour the other's figures. Regenerates the (seeded)
 * corpus, measures, and writes the figures, or `{ error }`, as JSON to the result file.
 * Usage: node --expose-gc --import tsx bench/search-child.ts <fts5|dossier> <N> <result.json>
 */
import { writeFileSync } from 'node:fs';
import { generateCorpus, largeDocument } from './search-corpus';
import { makeQueries } from './search-queries';

const [engine, size, resultFile] = process.argv.slice(2);
const n = Number(size);
if ((engine !== 'fts5' && engine !== 'dossier') || !Number.isInteger(n) || n < 1 || !resultFile) {
  console.error('usage: node --expose-gc --import tsx bench/search-child.ts <fts5|dossier> <N> <result.json>');
  process.exit(2);
}

let result: unknown;
try {
  const corpus = generateCorpus(Math.max(n, 1_000));
  const docs = corpus.slice(0, n);
  const queries = makeQueries(corpus);
  const large = largeDocument();
  console.error(`  ${engine} at ${n.toLocaleString('en')} documents…`);
  // Imported here, so a core that does not load fails this child with its message, not the FTS5 one.
  const measure =
    engine === 'fts5'
      ? (await import('./fts5-reference')).measureFts5
      : (await import('./search-bench')).measureDossier;
  result = await measure(docs, queries, large);
} catch (error) {
  result = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
writeFileSync(resultFile, JSON.stringify(result));
// Exits even if the engine left a worker or timer running after close.
process.exit(0);
