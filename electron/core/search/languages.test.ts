/** Text analysis: words, folding, stemming per language, detection, and the index it builds. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { repoPaths } from '../repo-paths';
import {
  analyzeWord,
  configureBuilder,
  foldWord,
  indexLanguage,
  looseForms,
  setCurrentLanguage,
  SUPPORTED_LANGUAGES,
} from './languages';
import { foldDiacritics, forEachWord, splitWords } from './words';

interface Internals {
  invertedIndex: Record<string, Record<string, Record<string, object>>>;
}
const internals = (index: lunr.Index) => index as unknown as Internals;

function build(docs: { ref: string; title?: string; body: string; lang: string }[]): lunr.Index {
  const builder = new lunr.Builder();
  configureBuilder(builder);
  for (const d of docs) {
    setCurrentLanguage(d.lang);
    builder.add({ ref: d.ref, title: d.title ?? '', source: '', body: d.body });
  }
  return builder.build();
}

describe('languages', () => {
  it('supports English and the lunr-languages stemmers, Dutch as nl', () => {
    expect(SUPPORTED_LANGUAGES).toEqual(
      expect.arrayContaining([
        'en',
        'fr',
        'es',
        'de',
        'pt',
        'it',
        'nl',
        'ru',
        'sv',
        'da',
        'no',
        'fi',
        'ro',
        'hu',
        'tr',
        'ar',
      ]),
    );
    expect(SUPPORTED_LANGUAGES).not.toContain('du');
    const registered = lunr as unknown as Record<string, { stemmer?: unknown; stopWordFilter?: unknown }>;
    for (const code of SUPPORTED_LANGUAGES.filter((l) => l !== 'en')) {
      expect(typeof registered[code]?.stemmer).toBe('function');
      expect(typeof registered[code]?.stopWordFilter).toBe('function');
    }
  });
});

describe('splitWords', () => {
  it('splits on apostrophes, hyphens and dots, keeping combining marks and surrogate pairs whole', () => {
    expect(splitWords("l’élection d'Haïti, U.N. gang-related 3.5")).toEqual([
      'l',
      'élection',
      'd',
      'Haïti',
      'U',
      'N',
      'gang',
      'related',
      '3',
      '5',
    ]);
    expect(splitWords('😀x e\u0301te \u0301orphan 𝐀𝐁c')).toEqual(['x', 'e\u0301te', 'orphan', '𝐀𝐁c']);
    expect(splitWords('हिन्दी समाचार')).toEqual(['हिन्दी', 'समाचार']);
    expect(splitWords('قالت الحكومة')).toEqual(['قالت', 'الحكومة']);
  });

  it('finds exactly the words of the Unicode word pattern, at the same offsets', () => {
    const pieces = [
      'a',
      'Z',
      '9',
      'é',
      'e\u0301',
      '\u0301',
      ' ',
      '-',
      "'",
      '😀',
      '𝐀',
      '\ud800',
      '\udc00',
      'ß',
      'क',
      'ि',
      'ع',
      '.',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const found: [number, number][] = [];
        forEachWord(text, (start, end) => void found.push([start, end]));
        const expected = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu)].map((m): [number, number] => [
          m.index,
          m.index + m[0].length,
        ]);
        expect(found).toEqual(expected);
      }),
    );
  });
});

describe('folding', () => {
  it('strips diacritics and spells out letters that do not decompose', () => {
    expect(foldDiacritics('antónio')).toBe('antonio');
    expect(foldDiacritics('łódź')).toBe('lodz');
    expect(foldDiacritics('straße')).toBe('strasse');
    expect(foldDiacritics('e\u0301lan')).toBe('elan');
    expect(foldDiacritics('كَتَبَ')).toBe('كتب');
  });

  it('keeps the vowel signs of Indic scripts and leaves Hangul composed', () => {
    expect(foldDiacritics('हिन्दी')).toBe('हिन्दी');
    expect(foldDiacritics('한국')).toBe('한국');
  });

  it('foldWord lowercases and trims punctuation', () => {
    expect(foldWord('“Haïti”,')).toBe('haiti');
    expect(foldWord('Ça')).toBe('ca');
  });
});

describe('analyzeWord', () => {
  it('gives each language its own stem, folded', () => {
    expect(analyzeWord('Gouvernements', ['en'])).toEqual(['gouvern']);
    expect(analyzeWord('quartiers', ['en', 'fr']).sort()).toEqual(['quarti', 'quartier']);
  });

  it.each([
    ['fr', 'Assemblée', 'assemblee'],
    ['fr', 'données', 'donnees'],
    ['fr', 'élections', 'election'],
    ['es', 'Año', 'ano'],
    ['es', 'organización', 'organizacion'],
    ['pt', 'Ação', 'acao'],
    ['pt', 'eleições', 'eleicoes'],
    ['de', 'Straße', 'Strasse'],
    ['de', 'Bürgermeister', 'burgermeister'],
    ['it', 'città', 'citta'],
    ['sv', 'Göteborg', 'goteborg'],
    ['da', 'Kærlighed', 'kaerlighed'],
    ['no', 'Sjøen', 'sjoen'],
    ['fi', 'Hämeenlinna', 'hameenlinna'],
    ['ro', 'Guvernul', 'guvernul'],
    ['hu', 'Kormány', 'korm'.concat('any')],
    ['tr', 'Şehir', 'sehir'],
    ['ru', 'Ёлка', 'елка'],
  ])('folds before stemming in %s, so "%s" and "%s" give one term', (language, accented, plain) => {
    expect(analyzeWord(accented, [language])).toEqual(analyzeWord(plain, [language]));
    expect(analyzeWord(accented, [language])).not.toEqual([]);
  });

  it('keeps the Russian short i, a letter of its own the stemmer needs', () => {
    expect(foldDiacritics('новый')).toBe('новый');
    expect(analyzeWord('новый', ['ru'])).toEqual(analyzeWord('новая', ['ru']));
  });

  it('compares stop words folded, so an accented stop word and its plain spelling are both left out', () => {
    expect(analyzeWord('été', ['fr'])).toEqual([]);
    expect(analyzeWord('ete', ['fr'])).toEqual([]);
    expect(analyzeWord('für', ['de'])).toEqual(analyzeWord('fur', ['de']));
  });

  it('folds English before stemming, so accented and plain spellings meet', () => {
    expect(analyzeWord('naïve', ['en'])).toEqual(analyzeWord('naive', ['en']));
    expect(analyzeWord('António', ['en', 'pt'])).toEqual(analyzeWord('Antonio', ['en', 'pt']));
  });

  it('returns nothing for a word that is a stop word in every language', () => {
    expect(analyzeWord('the', ['en'])).toEqual([]);
    expect(analyzeWord('de', ['fr', 'es'])).toEqual([]);
    expect(analyzeWord('the', ['en', 'fr'])).toEqual(['the']);
  });

  it('treats unknown or missing languages as English', () => {
    expect(analyzeWord('missions', [])).toEqual(['mission']);
    expect(analyzeWord('missions', ['xx'])).toEqual(['mission']);
  });

  it('looseForms adds stems to the folded word, but not stems far shorter than it', () => {
    expect(looseForms('Elections', 'prefix', ['en'])).toEqual(['elections', 'elect']);
    expect(looseForms('guteres', 'fuzzy', ['en', 'de'])).toEqual(['guteres', 'guter']);
  });
});

describe('indexLanguage', () => {
  const sample = readFileSync(join(repoPaths.sampleCorpus, '000_4c4c73db95676832.txt'), 'utf8');
  const french =
    "Le gouvernement haïtien a demandé l'envoi d'une force internationale pour aider la police nationale " +
    'à rétablir la sécurité face aux gangs armés qui contrôlent une grande partie de la capitale et des routes.';
  const spanish =
    'El gobierno de Haití pidió el envío de una fuerza internacional para ayudar a la policía nacional a ' +
    'restablecer la seguridad frente a las pandillas armadas que controlan gran parte de la capital del país.';
  const polish =
    'Rząd Haiti poprosił o wysłanie międzynarodowych sił, które pomogą policji krajowej przywrócić ' +
    'bezpieczeństwo w obliczu uzbrojonych gangów kontrolujących dużą część stolicy i najważniejsze drogi kraju.';

  it('takes the stated language when Dossier can stem it', () => {
    expect(indexLanguage('fr-CA', sample)).toBe('fr');
    expect(indexLanguage('pt_BR', '')).toBe('pt');
    expect(indexLanguage('nb', '')).toBe('no');
    expect(indexLanguage('FRA', '')).toBe('fr');
  });

  it('detects the language of the text otherwise', () => {
    expect(indexLanguage(null, sample)).toBe('en');
    expect(indexLanguage(null, french)).toBe('fr');
    expect(indexLanguage('ja', spanish)).toBe('es');
    expect(indexLanguage(null, french)).toBe(indexLanguage(null, french));
  });

  it('falls back to English for short texts and languages without a stemmer', () => {
    expect(indexLanguage(null, 'Le gouvernement a demandé une force.')).toBe('en');
    expect(indexLanguage(null, polish)).toBe('en');
  });
});

describe('configureBuilder', () => {
  it('indexes each document in its own language, without stop words or positions', () => {
    const index = build([
      { ref: 'en', title: 'Deployment', body: 'The officers were deployed.', lang: 'en' },
      { ref: 'fr', body: 'La police a été déployée à Port-au-Prince.', lang: 'fr' },
    ]);
    const terms = Object.keys(internals(index).invertedIndex);
    expect(terms).toEqual(expect.arrayContaining(['deploy', 'offic', 'deploye', 'polic', 'port', 'princ']));
    expect(terms).not.toContain('the');
    expect(terms).not.toContain('la');
    expect(internals(index).invertedIndex.deploy?.body?.en).toEqual({});
  });

  it('writes an index that loads again with its pipeline', () => {
    const index = build([{ ref: 'a', body: 'Haiti', lang: 'en' }]);
    const loaded = lunr.Index.load(JSON.parse(JSON.stringify(index)) as object);
    expect(loaded.query((q) => void q.term('haiti', { usePipeline: true })).map((r) => r.ref)).toEqual(['a']);
  });
});
