/**
 * How text becomes index terms, in the language of each document. One lunr Builder has one
 * pipeline, so the pipeline reads the language of the document being added from module state
 * (`setCurrentLanguage`, set synchronously before each `builder.add`) and dispatches to English
 * or to a lunr-languages stemmer and stop-word list. Queries go through the same analysis
 * (`analyzeWord`), once per language present in the library, so a query word finds a document in
 * any of them.
 *
 * Words are runs of letters, digits and combining marks (`forEachWord`), the same for the index,
 * the query and the matcher that marks hits in text. Apostrophes, hyphens and dots split words:
 * "l'élection" holds "élection", "Guterres's" holds "guterres". That tokenizer replaces lunr's
 * (which splits only on spaces and hyphens) and the trimmers, whose per-language character classes
 * strip whole words in another script (the Russian trimmer erases "NATO").
 *
 * The pipeline is then one memoized stage: fold diacritics, drop stop words, stem. Folding comes
 * first in every language, so a word's term depends only on its folded spelling: "Assemblée" and
 * "assemblee", "Straße" and "Strasse" give one term, whichever of them the text or the query
 * holds. (Stemming first reads accents better, "déployée" and "déploiement" both gave "déploi",
 * but then "deployee" gave another term, and an unaccented query missed every accented text.)
 * Stop words are compared folded too ("été" and "ete" alike).
 */
import { franc } from 'franc-min';
import lunr from 'lunr';
import ar from 'lunr-languages/lunr.ar.js';
import da from 'lunr-languages/lunr.da.js';
import de from 'lunr-languages/lunr.de.js';
import es from 'lunr-languages/lunr.es.js';
import fi from 'lunr-languages/lunr.fi.js';
import fr from 'lunr-languages/lunr.fr.js';
import hu from 'lunr-languages/lunr.hu.js';
import it from 'lunr-languages/lunr.it.js';
import nl from 'lunr-languages/lunr.nl.js';
import no from 'lunr-languages/lunr.no.js';
import pt from 'lunr-languages/lunr.pt.js';
import ro from 'lunr-languages/lunr.ro.js';
import ru from 'lunr-languages/lunr.ru.js';
import { foldDiacritics, forEachWord, MAX_WORD_LENGTH, splitWords } from './words';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import sv from 'lunr-languages/lunr.sv.js';
import tr from 'lunr-languages/lunr.tr.js';

const PLUGINS = { fr, es, de, pt, it, nl, ru, sv, da, no, fi, ro, hu, tr, ar };

export const SUPPORTED_LANGUAGES: readonly string[] = ['en', ...Object.keys(PLUGINS)];

interface LanguageModule {
  stemmer: lunr.PipelineFunction;
  stopWordFilter: lunr.PipelineFunction;
}

type StopWordLists = Map<string, readonly string[]>;
const registry = lunr as unknown as Record<string, LanguageModule | undefined> & {
  dossierStopWords?: StopWordLists;
};
if (!registry.stemmerSupport) stemmerSupport(lunr);
/**
 * Each plugin builds its stop-word filter from a list it keeps to itself; the list is caught on its
 * way to `generateStopWordFilter` so stop words can be compared folded. Kept on lunr itself, since a
 * plugin registers once per lunr however often this module is evaluated.
 */
const stopWordLists: StopWordLists = (registry.dossierStopWords ??= new Map<string, readonly string[]>());
const generateStopWordFilter = lunr.generateStopWordFilter;
for (const [code, plugin] of Object.entries(PLUGINS)) {
  if (registry[code]) continue;
  lunr.generateStopWordFilter = (words: string[]) => {
    stopWordLists.set(code, words);
    return generateStopWordFilter(words);
  };
  try {
    plugin(lunr);
  } finally {
    lunr.generateStopWordFilter = generateStopWordFilter;
  }
}

interface TokenSetNode {
  final: boolean;
  id: number;
  edges: Record<string, TokenSetNode>;
  _str?: string;
}

/**
 * lunr bug #314. While building a token set lunr merges nodes whose keys are equal, and a key is
 * each edge's label followed by its child's id with no separator, so with digits in words "1"
 * + id 232 equals "1" + id 2, "3" + id 2: unrelated nodes merge, the set then holds words the
 * index does not, and a prefix query that reaches one throws "Cannot read properties of undefined
 * (reading '_index')". Ending each edge with a comma makes keys unambiguous. Every index built or
 * loaded after this module is imported is correct; `safeQuery` still guards older ones.
 */
lunr.TokenSet.prototype.toString = function (this: TokenSetNode): string {
  if (this._str) return this._str;
  let key = this.final ? '1' : '0';
  for (const label of Object.keys(this.edges).sort()) key += `${label}${this.edges[label]!.id},`;
  return key;
};

interface Analyzer {
  /** Whether a folded word is a stop word. */
  isStopWord(folded: string): boolean;
  stem(word: string): string;
  cache: Map<string, string | null>;
  /** Phrase keys by lower-case word (`phraseKeyIn`), so a stop word's key is not rebuilt at each occurrence. */
  keys: Map<string, string>;
}

function analyzerOf(mod: LanguageModule, code: string): Analyzer {
  const list = stopWordLists.get(code);
  if (!list && code !== 'en') throw new Error(`The stop words of language ${code} could not be read.`);
  let folded: Set<string> | undefined;
  return {
    // English's list is plain a–z, so its own filter already compares folded words.
    isStopWord: list
      ? (word) => (folded ??= new Set(list.map((stop) => foldDiacritics(stop)))).has(word)
      : (word) => !mod.stopWordFilter(new lunr.Token(word, {}), 0, []),
    stem: (word) => String(mod.stemmer(new lunr.Token(word, {}), 0, [])),
    cache: new Map(),
    keys: new Map(),
  };
}

const ANALYZERS = new Map<string, Analyzer>([
  ['en', analyzerOf({ stemmer: lunr.stemmer, stopWordFilter: lunr.stopWordFilter }, 'en')],
  ...Object.keys(PLUGINS).map((code): [string, Analyzer] => [code, analyzerOf(registry[code]!, code)]),
]);

/** The research measured about 130k distinct words in 10k documents; past this a cache is cleared. */
const CACHE_LIMIT = 200_000;
/** The index term for one lower-case word in one language, or null for a stop word. Memoized. */
function analyze(analyzer: Analyzer, word: string): string | null {
  const cached = analyzer.cache.get(word);
  if (cached !== undefined) return cached;
  let term: string | null = null;
  const folded = foldDiacritics(word);
  if (!analyzer.isStopWord(folded)) term = foldDiacritics(analyzer.stem(folded));
  if (term === '') term = null;
  if (analyzer.cache.size >= CACHE_LIMIT) analyzer.cache.clear();
  analyzer.cache.set(word, term);
  return term;
}

let current = ANALYZERS.get('en')!;

/** The language of the document about to be added; unsupported codes index as English. */
export function setCurrentLanguage(lang: string): void {
  current = ANALYZERS.get(lang) ?? ANALYZERS.get('en')!;
}

/** The whole pipeline: stop words, stemming and folding in the current language, memoized. */
function dossierAnalyze(token: lunr.Token): lunr.Token | null {
  const term = analyze(current, token.toString());
  return term === null ? null : token.update(() => term);
}
lunr.Pipeline.registerFunction(dossierAnalyze, 'dossier-analyze');

const ALTERNATIVES = '\u0001';

/**
 * One query clause standing for several index terms, any of which may match: lunr applies a
 * clause's presence (required, say) to all the terms its search pipeline makes of it.
 */
export function alternativesTerm(terms: readonly string[]): string {
  return ALTERNATIVES + terms.join(ALTERNATIVES);
}

function dossierAlternatives(token: lunr.Token): lunr.Token | lunr.Token[] {
  const text = token.toString();
  if (!text.startsWith(ALTERNATIVES)) return token;
  return text
    .slice(1)
    .split(ALTERNATIVES)
    .map((term) => token.clone(() => term));
}
lunr.Pipeline.registerFunction(dossierAlternatives, 'dossier-alternatives');
export const ALTERNATIVES_LABEL = 'dossier-alternatives';

/** What a phrase word or a word of the text is compared by: its term, else (a stop word) its folded spelling. */
const STOP_MARK = '\u0002';
/** A word too long to index: it matches no phrase word. */
export const UNINDEXED_WORD = '\u0003';

function phraseKeyIn(analyzer: Analyzer, lowerCaseWord: string): string {
  let key = analyzer.keys.get(lowerCaseWord);
  if (key === undefined) {
    key = analyze(analyzer, lowerCaseWord) ?? STOP_MARK + foldDiacritics(lowerCaseWord);
    if (analyzer.keys.size >= CACHE_LIMIT) analyzer.keys.clear();
    analyzer.keys.set(lowerCaseWord, key);
  }
  return key;
}

/**
 * How a phrase word is compared with the words of a text in one language: two words match when
 * their keys are equal, i.e. they give the same term, or they are the same stop word once folded.
 */
export function phraseKey(word: string, language: string): string {
  return phraseKeyIn(ANALYZERS.get(language) ?? ANALYZERS.get('en')!, word.toLowerCase());
}

type WordListener = (keys: readonly string[], field: string) => void;
let wordListener: WordListener | null = null;

/**
 * While set, hears the phrase keys of the words the index tokenizer reads, in order, a field's
 * text at a time: the phrase streams (phrase-streams.ts) record them as lunr indexes the text.
 */
export function listenToWords(listener: WordListener | null): void {
  wordListener = listener;
}

function tokenize(value?: unknown, metadata?: { fields?: string[] }): lunr.Token[] {
  const text = (
    typeof value === 'string' ? value : Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(' ') : ''
  ).toLowerCase();
  const tokens: lunr.Token[] = [];
  const listener = wordListener;
  const keys: string[] = [];
  forEachWord(text, (start, end) => {
    const long = end - start > MAX_WORD_LENGTH;
    const word = long ? '' : text.slice(start, end);
    if (!long) tokens.push(new lunr.Token(word, {}));
    if (listener) keys.push(long ? UNINDEXED_WORD : phraseKeyIn(current, word));
  });
  listener?.(keys, metadata?.fields?.[0] ?? '');
  return tokens;
}
const tokenizer = Object.assign(tokenize, { separator: lunr.tokenizer.separator });

/** Fields, boosts, tokenizer and pipelines of every Dossier index. No positions: they double the heap. */
export function configureBuilder(builder: lunr.Builder): void {
  builder.ref('ref');
  builder.field('title', { boost: 8 });
  builder.field('source', { boost: 2 });
  builder.field('body');
  builder.metadataWhitelist = [];
  builder.tokenizer = tokenizer;
  builder.pipeline.reset();
  builder.pipeline.add(dossierAnalyze);
  builder.searchPipeline.reset();
  builder.searchPipeline.add(dossierAlternatives);
}

function usable(languages: readonly string[]): Analyzer[] {
  const found = [...new Set(languages)].flatMap((l) => ANALYZERS.get(l) ?? []);
  return found.length > 0 ? found : [ANALYZERS.get('en')!];
}

/** The distinct index terms a query word can match in any of these languages; [] for a stop word in all. */
export function analyzeWord(word: string, languages: readonly string[]): string[] {
  const analyzers = usable(languages);
  const terms = new Set<string>();
  for (const part of splitWords(word.toLowerCase())) {
    for (const analyzer of analyzers) {
      const term = analyze(analyzer, part);
      if (term !== null) terms.add(term);
    }
  }
  return [...terms];
}

/** Lower case, folded, without leading or trailing punctuation: for prefixes and fuzzy words, which are not stemmed. */
export function foldWord(word: string): string {
  return foldDiacritics(word.toLowerCase()).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu, '');
}

/**
 * What a prefix or a fuzzy word is compared with: the folded word and its stems, since the index
 * holds "elect" for "elections" and "guterr" for "Guterres". Stems far shorter than the word are
 * left out, most strictly for fuzzy words: German makes "gut" of "guteres", and "gut~1" would find
 * "but" and "got".
 */
export function looseForms(word: string, kind: 'prefix' | 'fuzzy', languages: readonly string[]): string[] {
  const folded = foldWord(word);
  const shortest = kind === 'prefix' ? Math.max(3, folded.length - 4) : Math.max(4, folded.length - 2);
  const stems = analyzeWord(word, languages).filter((stem) => stem.length >= shortest);
  return [...new Set([folded, ...stems])].filter((form) => form !== '');
}

/** ISO 639-3 and -2 codes (franc answers in 639-3) and the Norwegian variants, to our codes. */
const ISO_639: Record<string, string> = Object.fromEntries(
  (
    'eng:en fra:fr fre:fr spa:es deu:de ger:de por:pt ita:it nld:nl dut:nl rus:ru swe:sv dan:da ' +
    'nor:no nob:no nno:no nb:no nn:no fin:fi ron:ro rum:ro hun:hu tur:tr arb:ar ara:ar'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);
/** franc needs a few hundred letters; below that a guess is noise. */
const MIN_DETECT_CHARS = 200;
/**
 * Enough prose for franc to be sure; its cost grows with the distinct trigrams of the sample
 * times its ~80 languages: about 1 ms for 1,000 characters, 4–6 ms for 2,000–4,000.
 */
const DETECT_SAMPLE_CHARS = 1_000;

function supportedCode(code: string): string | null {
  const mapped = ISO_639[code] ?? code;
  return ANALYZERS.has(mapped) ? mapped : null;
}

/**
 * The language a document is indexed in: its stated language ("fr-CA" → "fr") when Dossier has a
 * stemmer for it, else franc's guess from the start of the text, else English. franc-min knows
 * no Danish, Norwegian or Finnish: those come only from the stated language.
 */
export function indexLanguage(stated: string | null, text: string): string {
  const primary = stated?.trim().toLowerCase().split(/[-_]/)[0];
  const fromStated = primary ? supportedCode(primary) : null;
  if (fromStated) return fromStated;
  if (text.length < MIN_DETECT_CHARS) return 'en';
  return supportedCode(franc(text.slice(0, DETECT_SAMPLE_CHARS))) ?? 'en';
}
