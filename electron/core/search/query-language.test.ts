/** The query language: every form in `searchSyntax`, and how mistakes are explained. */
import { describe, expect, it } from 'vitest';
import { searchSyntax } from '../../contract';
import { DossierFailure } from '../errors';
import { MAX_CLAUSES, parseDateFilter, parseQuery, type TermClause } from './query-language';

const word = (text: string, extra: Partial<TermClause> = {}): TermClause => ({
  text,
  kind: 'word',
  editDistance: 0,
  field: null,
  presence: 'optional',
  ...extra,
});

/** The DossierFailure a query throws, so its code and message can be checked. */
function failureOf(raw: string): DossierFailure {
  try {
    parseQuery(raw);
  } catch (error) {
    if (error instanceof DossierFailure) return error;
    throw error;
  }
  throw new Error(`“${raw}” was accepted`);
}

describe('parseQuery', () => {
  it('reads every example of the help without an error', () => {
    for (const { example } of searchSyntax) expect(() => parseQuery(example)).not.toThrow();
  });

  it('reads words as optional terms', () => {
    expect(parseQuery('gang  violence').terms).toEqual([word('gang'), word('violence')]);
    expect(parseQuery('').terms).toEqual([]);
  });

  it('reads straight and curly quotes as phrases', () => {
    const expected = [{ words: ['security', 'support', 'mission'], field: null, excluded: false }];
    expect(parseQuery('"security support mission"').phrases).toEqual(expected);
    expect(parseQuery('“security support mission”').phrases).toEqual(expected);
    expect(parseQuery('haiti "security support mission" kenya').terms).toEqual([word('haiti'), word('kenya')]);
  });

  it('reads an unclosed quote as a phrase to the end, with a notice', () => {
    const parsed = parseQuery('haiti "gang violence');
    expect(parsed.phrases).toEqual([{ words: ['gang', 'violence'], field: null, excluded: false }]);
    expect(parsed.notices[0]).toMatch(/not closed/);
  });

  it('reads prefixes and fuzzy words', () => {
    expect(parseQuery('deploy*').terms).toEqual([word('deploy', { kind: 'prefix' })]);
    expect(parseQuery('guteres~1').terms).toEqual([word('guteres', { kind: 'fuzzy', editDistance: 1 })]);
    expect(parseQuery('guteres~').terms).toEqual([word('guteres', { kind: 'fuzzy', editDistance: 1 })]);
    expect(parseQuery('guteres~2').terms).toEqual([word('guteres', { kind: 'fuzzy', editDistance: 2 })]);
    expect(parseQuery('guteres~0').terms).toEqual([word('guteres')]);
  });

  it('caps typos at two, with a notice', () => {
    const parsed = parseQuery('guteres~5');
    expect(parsed.terms).toEqual([word('guteres', { kind: 'fuzzy', editDistance: 2 })]);
    expect(parsed.notices).toHaveLength(1);
  });

  it('reads a * anywhere but the end as a plain word, with a notice', () => {
    const start = parseQuery('*ang');
    expect(start.terms).toEqual([word('ang')]);
    expect(start.notices).toHaveLength(1);
    expect(parseQuery('g*ng').terms).toEqual([word('g'), word('ng')]);
  });

  it('searches too-short prefixes and fuzzy words as written', () => {
    expect(parseQuery('a*').terms).toEqual([word('a')]);
    expect(parseQuery('un~1').terms).toEqual([word('un')]);
    expect(parseQuery('a* un~1').notices).toHaveLength(2);
  });

  it('reads exclusions and requirements', () => {
    expect(parseQuery('haiti -kenya +police').terms).toEqual([
      word('haiti'),
      word('kenya', { presence: 'excluded' }),
      word('police', { presence: 'required' }),
    ]);
    expect(parseQuery('-"gang violence"').phrases).toEqual([
      { words: ['gang', 'violence'], field: null, excluded: true },
    ]);
  });

  it('reads title: and source: as fields, for words and phrases', () => {
    expect(parseQuery('title:police Source:Reuters -title:kenya').terms).toEqual([
      word('police', { field: 'title' }),
      word('Reuters', { field: 'source' }),
      word('kenya', { field: 'title', presence: 'excluded' }),
    ]);
    expect(parseQuery('title:"security mission"').phrases).toEqual([
      { words: ['security', 'mission'], field: 'title', excluded: false },
    ]);
    expect(parseQuery('title:deploy*').terms).toEqual([word('deploy', { kind: 'prefix', field: 'title' })]);
  });

  it('reads a token of several words as one clause per word, an excluded one as a phrase', () => {
    expect(parseQuery('gang-related').terms).toEqual([word('gang'), word('related')]);
    expect(parseQuery("+o'brien").terms).toEqual([
      word('o', { presence: 'required' }),
      word('brien', { presence: 'required' }),
    ]);
    expect(parseQuery('-gang-related').phrases).toEqual([{ words: ['gang', 'related'], field: null, excluded: true }]);
    expect(parseQuery('gang-rel*').terms).toEqual([word('gang'), word('rel', { kind: 'prefix' })]);
  });

  it('reads unknown field names as plain words', () => {
    expect(parseQuery('foo:bar').terms).toEqual([word('foo'), word('bar')]);
    expect(parseQuery('http://example.org').terms).toEqual([word('http'), word('example'), word('org')]);
    expect(parseQuery('foo:bar').notices).toEqual([]);
  });

  it('ignores punctuation standing alone', () => {
    expect(parseQuery('haiti & kenya')).toMatchObject({ terms: [word('haiti'), word('kenya')], notices: [] });
    expect(parseQuery('""').phrases).toEqual([]);
  });

  it('reads filters, tags with spaces when quoted, and colour in either spelling', () => {
    const { filters, terms } = parseQuery(
      'tag:funding tag:"gang violence" doc:kenya color:Pink colour:blue color:pink',
    );
    expect(terms).toEqual([]);
    expect(filters).toEqual({
      tags: [
        { name: 'funding', exact: false },
        { name: 'gang violence', exact: false },
      ],
      docs: ['kenya'],
      colors: ['pink', 'blue'],
      date: null,
      reliability: [],
      credibility: [],
    });
  });

  it('reads tag:= as exactly that tag, quoted or not, and keeps both forms of one name', () => {
    const { filters } = parseQuery('tag:=security Tag:="gang violence" tag:Security tag:=SECURITY');
    expect(filters.tags).toEqual([
      { name: 'security', exact: true },
      { name: 'gang violence', exact: true },
      { name: 'Security', exact: false },
    ]);
  });

  it('reads grade:, reliability: and credibility: with their operators, a bare value meaning =', () => {
    const parsed = parseQuery('grade:b2 reliability:<=B Reliability:>e credibility:3 credibility:>=5 grade:<=C-4');
    expect(parsed.terms).toEqual([]);
    expect(parsed.filters.reliability).toEqual([
      { op: '=', value: 'B' },
      { op: '<=', value: 'B' },
      { op: '>', value: 'E' },
      { op: '<=', value: 'C' },
    ]);
    expect(parsed.filters.credibility).toEqual([
      { op: '=', value: 2 },
      { op: '=', value: 3 },
      { op: '>=', value: 5 },
      { op: '<=', value: 4 },
    ]);
    expect(parseQuery('reliability:=a credibility:<6').filters).toMatchObject({
      reliability: [{ op: '=', value: 'A' }],
      credibility: [{ op: '<', value: 6 }],
    });
  });

  it('accepts a query made only of filters', () => {
    expect(parseQuery('date:2024 color:green')).toMatchObject({ terms: [], phrases: [], notices: [] });
  });

  it('uses the first clauses and says so when there are too many', () => {
    const words = Array.from({ length: MAX_CLAUSES + 8 }, (_, i) => `w${i}`);
    const parsed = parseQuery(`${words.join(' ')} tag:late`);
    expect(parsed.terms).toHaveLength(MAX_CLAUSES);
    expect(parsed.filters.tags).toEqual([]);
    expect(parsed.notices).toHaveLength(1);
  });
});

describe('parseQuery failures', () => {
  it('explains a lone operator', () => {
    for (const raw of ['-', '+', '*', '~', 'haiti - kenya', '~2']) {
      const failure = failureOf(raw);
      expect(failure.code).toBe('invalid_query');
      expect(failure.message).toMatch(/as in/);
    }
  });

  it('lists the colours for an unknown one', () => {
    const failure = failureOf('color:orange');
    expect(failure.code).toBe('invalid_query');
    expect(failure.message).toContain('orange');
    expect(failure.message).toContain('yellow, green, blue, pink, purple');
  });

  it('explains empty fields and filters, negated filters, and a second date', () => {
    expect(failureOf('title:').message).toMatch(/title:police/);
    expect(failureOf('tag: funding').message).toMatch(/tag:funding/);
    expect(failureOf('-tag:funding').message).toMatch(/remove the “-”/);
    expect(failureOf('date:2023 date:2024').message).toMatch(/date:2023-10\.\.2024-06/);
  });

  it('explains a grade it cannot read, spelling out the scale', () => {
    expect(failureOf('reliability:G').message).toBe(
      'Dossier cannot read “reliability:G”: reliability is a letter A–F (A completely reliable … E unreliable, ' +
        'F cannot be judged), as in reliability:<=B.',
    );
    expect(failureOf('credibility:<=7').message).toBe(
      'Dossier cannot read “credibility:<=7”: credibility is a digit 1–6 (1 confirmed by other sources … ' +
        '5 improbable, 6 cannot be judged), as in credibility:<=3.',
    );
    expect(failureOf('grade:B').message).toMatch(/a grade is a letter A–F \(the source\) and a digit 1–6 .* grade:B2/);
    for (const raw of [
      'grade:2B',
      'grade:B22',
      'reliability:<=',
      'reliability:AB',
      'credibility:=>3',
      'credibility:0',
    ]) {
      expect(failureOf(raw).code, raw).toBe('invalid_query');
    }
    expect(failureOf('reliability:').message).toBe(
      'Write a letter A–F right after reliability:, with no space, as in reliability:<=B.',
    );
    expect(failureOf('credibility: 2').message).toMatch(/credibility:<=3/);
    expect(failureOf('grade:').message).toMatch(/grade:B2/);
    expect(failureOf('tag:=').message).toMatch(/tag:=funding leaves out its sub-tags/);
    expect(failureOf('-grade:B2').message).toMatch(/remove the “-” before grade:/);
  });

  it('explains malformed and impossible dates', () => {
    for (const raw of ['date:2024-13', 'date:2024-02-30', 'date:June', 'date:..', 'date:2024-06-03T10', 'date:1..2']) {
      expect(failureOf(raw).code).toBe('invalid_query');
    }
    expect(failureOf('date:2024-13').message).toMatch(/no month 13/);
    expect(failureOf('date:2023-02-29').message).toMatch(/February 2023 has 28 days/);
    expect(failureOf('date:2025..2024').message).toMatch(/date:2024\.\.2025/);
  });
});

describe('parseDateFilter', () => {
  it('turns years, months and days into inclusive day bounds', () => {
    expect(parseDateFilter('2024')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(parseDateFilter('2024-06')).toEqual({ from: '2024-06-01', to: '2024-06-30' });
    expect(parseDateFilter('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(parseDateFilter('1900-02')).toEqual({ from: '1900-02-01', to: '1900-02-28' });
    expect(parseDateFilter('2024-6-3')).toEqual({ from: '2024-06-03', to: '2024-06-03' });
  });

  it('reads ranges with either end open', () => {
    expect(parseDateFilter('2023-10..2024-06')).toEqual({ from: '2023-10-01', to: '2024-06-30' });
    expect(parseDateFilter('..2024')).toEqual({ from: null, to: '2024-12-31' });
    expect(parseDateFilter('2023..')).toEqual({ from: '2023-01-01', to: null });
    expect(parseDateFilter('2024-06..2024-06')).toEqual({ from: '2024-06-01', to: '2024-06-30' });
  });
});
