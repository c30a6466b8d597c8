/** Parsed queries run against a real lunr index built with our configuration. */
import lunr from 'lunr';
import { describe, expect, it, vi } from 'vitest';
import { applyExclusions, applyQuery, safeQuery } from './compile-query';
import { configureBuilder, setCurrentLanguage } from './languages';
import { parseQuery } from './query-language';

interface Doc {
  ref: string;
  title: string;
  source: string;
  body: string;
  lang: string;
}

const DOCS: Doc[] = [
  {
    ref: 'kenya-mission',
    title: 'Kenya police mission to Haiti',
    source: 'Reuters',
    body: 'The deployment of Kenyan officers was delayed again. António Guterres welcomed the vote.',
    lang: 'en',
  },
  {
    ref: 'budget',
    title: 'Budget talks stall',
    source: 'Associated Press',
    body: 'Ministers argued about roads and schools; Haiti came up once, among many other missions abroad.',
    lang: 'en',
  },
  {
    ref: 'nation',
    title: 'A nation rebuilds',
    source: 'Antonio Ruiz',
    body: 'The nation rebuilt its ports after the storm, the autorités said, and the gangs lost ground.',
    lang: 'en',
  },
  {
    ref: 'gouvernements',
    title: 'Les gouvernements africains',
    source: 'Le Monde',
    body: 'Les élections ont été reportées par les autorités. La police nationale a été déployée dans les quartiers.',
    lang: 'fr',
  },
];
const LANGUAGES = ['en', 'fr'];

function buildIndex(docs: readonly Doc[]): lunr.Index {
  const builder = new lunr.Builder();
  configureBuilder(builder);
  for (const { lang, ...doc } of docs) {
    setCurrentLanguage(lang);
    builder.add(doc);
  }
  return builder.build();
}

const index = buildIndex(DOCS);
const search = (raw: string, target = index) =>
  safeQuery(target, (q, current) => applyQuery(q, parseQuery(raw), LANGUAGES, current)).map((r) => r.ref);
const positive = (raw: string) => applyQuery(new lunr.Query(['title', 'source', 'body']), parseQuery(raw), LANGUAGES);

describe('applyQuery', () => {
  it('ranks a title match above a passing mention', () => {
    expect(search('haiti')).toEqual(['kenya-mission', 'budget']);
  });

  it('folds diacritics both ways', () => {
    expect(search('Antonio').sort()).toEqual(['kenya-mission', 'nation']);
    expect(search('António').sort()).toEqual(['kenya-mission', 'nation']);
    expect(search('elections')).toEqual(['gouvernements']);
  });

  it('stems: deployed finds deployment, missions finds mission', () => {
    expect(search('deployed')).toEqual(['kenya-mission']);
    expect(search('missions')).toEqual(['kenya-mission', 'budget']);
  });

  it('finds a French document by another inflection, through the French stemmer', () => {
    expect(search('gouvernement')).toEqual(['gouvernements']);
    expect(search('déployées')).toEqual(['gouvernements']);
    expect(search('deployee')).toEqual(['gouvernements']);
  });

  it('finds words by prefix, also when the prefix is a whole word the index holds stemmed', () => {
    // "déployée" folds to "deploye" before the French stemmer sees it.
    expect(search('deploy*').sort()).toEqual(['gouvernements', 'kenya-mission']);
    expect(search('elections*')).toEqual(['gouvernements']);
  });

  it('finds words within the typos allowed', () => {
    expect(search('guteres~1')).toEqual(['kenya-mission']);
    expect(search('guteres')).toEqual([]);
  });

  it('leaves out excluded words', () => {
    expect(search('haiti -kenya')).toEqual(['budget']);
    expect(search('haiti -"kenya police"')).toEqual(['kenya-mission', 'budget']);
  });

  it('scopes title: and source: to their field', () => {
    expect(search('title:haiti')).toEqual(['kenya-mission']);
    expect(search('title:nation')).toEqual(['nation']);
    expect(search('source:reuters')).toEqual(['kenya-mission']);
    expect(search('source:haiti')).toEqual([]);
  });

  it('requires a required word in any of its stems, not in all of them', () => {
    // The English document quotes "autorités": indexed in English as "autorit", in French as "autor".
    expect(search('+autorités').sort()).toEqual(['gouvernements', 'nation']);
    expect(search('+autorités haiti').sort()).toEqual(['gouvernements', 'nation']);
    expect(search('+haiti +police')).toEqual(['kenya-mission']);
  });

  it('leaves phrases to the phrase streams: lunr gets only the words', () => {
    expect(positive('"police mission"')).toBe(false);
    expect(search('"police zanzibar" haiti')).toEqual(search('haiti'));
  });

  it('finds nothing for a word the library lacks', () => {
    expect(search('zanzibar')).toEqual([]);
    expect(search('zanzibar haiti')).toEqual(['kenya-mission', 'budget']);
    expect(search('+zanzibar haiti')).toEqual([]);
  });

  it('says when there is nothing for lunr to look for', () => {
    expect(positive('haiti')).toBe(true);
    expect(positive('the of and')).toBe(true); // not stop words in French
    expect(applyQuery(new lunr.Query(['body']), parseQuery('the of and'), ['en'])).toBe(false);
    expect(positive('-kenya')).toBe(false);
    expect(positive('tag:funding date:2024')).toBe(false);
    expect(positive('-"gang violence" color:pink')).toBe(false);
  });

  it('without the index, still answers plain queries and prefixes', () => {
    const run = (raw: string) => index.query((q) => void applyQuery(q, parseQuery(raw), LANGUAGES)).map((r) => r.ref);
    expect(run('haiti -kenya')).toEqual(['budget']);
    expect(run('deploy*').sort()).toEqual(['gouvernements', 'kenya-mission']);
    expect(run('+autorités').sort()).toEqual(['gouvernements', 'nation']);
  });

  it('on an index built without our search pipeline, ranks by a required word instead of requiring it', () => {
    const plain = new lunr.Builder();
    configureBuilder(plain);
    plain.searchPipeline.reset();
    // An English document holds the English stem of "quartiers", the French one its French stem.
    const quarter = { ref: 'quarter', title: 'Old town', source: '', body: 'The quartiers of old.', lang: 'en' };
    for (const { lang, ...doc } of [...DOCS, quarter]) {
      setCurrentLanguage(lang);
      plain.add(doc);
    }
    expect(search('+quartiers haiti', buildIndex([...DOCS, quarter])).sort()).toEqual(['gouvernements', 'quarter']);
    const found = search('+quartiers haiti', plain.build());
    expect(found.sort()).toEqual(['budget', 'gouvernements', 'kenya-mission', 'quarter']);
  });
});

describe('applyExclusions', () => {
  it('finds the documents an exclusion leaves out', () => {
    const parsed = parseQuery('-kenya -storm tag:funding');
    let added = false;
    const excluded = index.query((q) => void (added = applyExclusions(q, parsed, LANGUAGES, index)));
    expect(added).toBe(true);
    expect(excluded.map((r) => r.ref).sort()).toEqual(['kenya-mission', 'nation']);
    expect(applyExclusions(new lunr.Query(['body']), parseQuery('haiti'), LANGUAGES)).toBe(false);
  });
});

/** lunr 2.3.9's token-set key, without the separator languages.ts adds. */
function legacyKey(this: { final: boolean; edges: Record<string, { id: number }>; _str?: string }): string {
  if (this._str) return this._str;
  let key = this.final ? '1' : '0';
  for (const label of Object.keys(this.edges).sort()) key += label + String(this.edges[label]!.id);
  return key;
}

/** Words whose token set lunr 2.3.9 corrupts when node ids are counted from 0 (see below). */
const DIGIT_WORDS = `a1 a3 ${'b'.repeat(100)} ${'c'.repeat(100)} ${'d'.repeat(27)} z1w`;

/**
 * Builds an index whose token set lunr 2.3.9 corrupts: root 0, "a" 1, "1" 2, "3" 3, then 227
 * filler nodes, "z" 231 and "1" 232. The key of the node after "z" ("0", "1" then id 232) equals
 * that of the node after "a" ("0", "1" then id 2, "3" then id 2: both children are the one leaf),
 * so "z" is merged into "a" and the set holds "z1" and "z3" instead of "z1w".
 */
function buildWithTokenSetBug(): lunr.Index {
  const statics = lunr.TokenSet as unknown as { _nextId: number };
  const prototype = lunr.TokenSet.prototype as unknown as { toString: () => string };
  const [fixed, nextId] = [prototype.toString, statics._nextId];
  prototype.toString = legacyKey;
  statics._nextId = 0;
  try {
    return buildIndex([{ ref: 'a', title: '', source: '', body: DIGIT_WORDS, lang: 'en' }]);
  } finally {
    prototype.toString = fixed;
    statics._nextId = nextId;
  }
}

describe('lunr bug #314', () => {
  const prefix = (q: lunr.Query) => void q.term('z', { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false });

  it('breaks a prefix query on an index built with lunr’s own token-set keys', () => {
    const broken = buildWithTokenSetBug();
    expect(() => broken.query(prefix)).toThrow(/reading '_index'/);
  });

  it('does not happen on an index built with the fixed keys', () => {
    const statics = lunr.TokenSet as unknown as { _nextId: number };
    const nextId = statics._nextId;
    statics._nextId = 0;
    const healthy = buildIndex([{ ref: 'a', title: '', source: '', body: DIGIT_WORDS, lang: 'en' }]);
    statics._nextId = nextId;
    expect(healthy.query(prefix).map((r) => r.ref)).toEqual(['a']);
  });

  it('safeQuery answers from the index reloaded from its JSON, and hands that index over', () => {
    const broken = buildWithTokenSetBug();
    const onReload = vi.fn();
    expect(safeQuery(broken, prefix, onReload).map((r) => r.ref)).toEqual(['a']);
    expect(onReload).toHaveBeenCalledOnce();
    const repaired = onReload.mock.calls[0]![0] as lunr.Index;
    expect(repaired.query(prefix).map((r) => r.ref)).toEqual(['a']);
  });

  it('applyQuery notices the words a corrupted token set invents, and safeQuery repairs the index', () => {
    const broken = buildWithTokenSetBug();
    const parsed = parseQuery('z1*');
    expect(() => broken.query((q) => void applyQuery(q, parsed, ['en'], broken))).toThrow(/lunr bug #314/);
    const refs = safeQuery(broken, (q, current) => applyQuery(q, parsed, ['en'], current)).map((r) => r.ref);
    expect(refs).toEqual(['a']);
  });

  it('safeQuery lets other errors through', () => {
    expect(() =>
      safeQuery(index, () => {
        throw new TypeError('something else');
      }),
    ).toThrow('something else');
  });
});
