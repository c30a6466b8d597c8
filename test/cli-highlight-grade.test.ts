/**
 * `dossier highlight` and `dossier grade` through the real launcher: a quote found exactly (or
 * refused when absent or ambiguous), tags, note, colour and grade in one call, grades set and
 * cleared on a document, a source and a passage, and every refusal with exit 1 or 2 leaving the
 * library as it was.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentDetail, Highlight } from '../electron/contract';
import { fileOf, tempCore } from '../electron/core/testing/temp-core';
import { useCliHarness } from './cli-harness';

const cli = useCliHarness('dossier-cli-highlight-');
const TEXT =
  'Port report\nPolice reached the port at dawn. The port stayed calm, the police said.\n' +
  'Gangs held the\nroad north of the port.\n';

const json = <T>(...args: string[]): T => {
  const run = cli.dossier(...args, '--json', '--no-sample');
  if (run.code !== 0) throw new Error(`dossier ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
};
const fails = (code: number, ...args: string[]) => {
  const run = cli.dossier(...args, '--no-sample');
  expect(run.code, run.stderr).toBe(code);
  expect(run.stdout).toBe('');
  return run.stderr;
};

/** Imports the report (and, with `sources`, two more documents of one source); returns the ids. */
async function library(sources = false): Promise<{ report: string; others: string[] }> {
  const t = tempCore({}, cli.dataDir);
  const files = [fileOf('report.txt', TEXT)];
  if (sources) files.push(fileOf('a.txt', 'Alpha\nFirst note.\n'), fileOf('b.txt', 'Bravo\nSecond note.\n'));
  const { imported } = await t.call('documents.import', { files });
  const [report, ...others] = imported.map((d) => d.id as string);
  for (const id of others) await t.call('documents.update', { id, source: 'Coastal Gazette' });
  await t.core.close();
  if (!report) throw new Error('import failed');
  return { report, others };
}

const show = (id: string) => json<DocumentDetail>('show', id);

describe('dossier highlight', { timeout: 300_000 }, () => {
  it('highlights a unique quote with colour, note, tags and a grade that also grades the document', async () => {
    const { report } = await library();
    const made = json<Highlight & { grade: string }>(
      'highlight',
      report,
      '--quote',
      'held the road',
      '--color',
      'green',
      '--note',
      'Roadblock',
      '--tag',
      'security',
      '--tag',
      'gang violence',
      '--grade',
      'b2',
    );
    expect(made.quote).toMatch(/^held the\s+road$/);
    expect(made).toMatchObject({
      color: 'green',
      note: 'Roadblock',
      credibility: 2,
      reliability: 'B',
      grade: 'B2',
    });
    const doc = show(report);
    expect(doc.text.slice(made.start, made.end)).toBe(made.quote);
    expect(doc).toMatchObject({ reliability: 'B', highlights: [{ id: made.id }] });
    expect([...made.tags].sort()).toEqual(['gang violence', 'security']);

    const plain = cli.dossier('highlight', report, '--quote', 'Police reached', '--grade', '4', '--no-sample');
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toMatch(/^Highlighted “Police reached” in “Port report” \(yellow; graded B4\): \S+\n$/);
  });

  it('refuses a quote not in the text, and an ambiguous one without a right --occurrence', async () => {
    const { report } = await library();
    expect(fails(1, 'highlight', report, '--quote', 'police reached')).toBe(
      'dossier: “police reached” is not in “Port report”; check the exact words (case, punctuation)\n',
    );
    expect(fails(1, 'highlight', report, '--quote', 'the port')).toMatch(
      /“the port” occurs 2 times in “Port report”; add --occurrence 1–2\n$/,
    );
    for (const bad of ['3', '0', 'second']) {
      expect(fails(1, 'highlight', report, '--quote', 'the port', '--occurrence', bad)).toMatch(
        new RegExp(`--occurrence “${bad}”: “the port” occurs 2 times in “Port report”; use 1–2`),
      );
    }
    expect(show(report).highlights).toEqual([]);
    const second = json<Highlight>('highlight', report, '--quote', 'the port', '--occurrence', '2');
    const { text } = show(report);
    expect(second.start).toBe(text.lastIndexOf('the port'));
    expect(second.start).toBeGreaterThan(text.indexOf('the port'));
  });

  it('refuses a grade letter the document contradicts, naming its grade and how to change it', async () => {
    const { report } = await library();
    json('grade', report, '--reliability', 'B');
    const message = fails(1, 'highlight', report, '--quote', 'Police reached', '--grade', 'C3');
    expect(message).toMatch(/“Port report” is graded B \(usually reliable\), not C/);
    expect(message).toContain(`dossier grade ${report} --reliability C`);
    expect(show(report)).toMatchObject({ reliability: 'B', highlights: [] });
    expect(json<Highlight>('highlight', report, '--quote', 'Police reached', '--grade', 'B3')).toMatchObject({
      credibility: 3,
      reliability: 'B',
    });
  });

  it('refuses a wrong colour, grade, document or invocation', async () => {
    const { report } = await library();
    expect(fails(1, 'highlight', report, '--quote', 'dawn', '--color', 'orange')).toMatch(
      /“orange” is not a highlight colour; use one of yellow, green, blue, pink, purple/,
    );
    expect(fails(1, 'highlight', report, '--quote', 'dawn', '--grade', 'B7')).toMatch(/as in --grade B2/);
    expect(fails(1, 'highlight', 'no-such-doc', '--quote', 'dawn')).toMatch(
      /no document has the id “no-such-doc”; dossier list shows/,
    );
    expect(fails(2, 'highlight', report)).toMatch(/highlight needs --quote/);
    expect(fails(2, 'highlight', '--quote', 'dawn')).toMatch(/highlight needs exactly one document id/);
    expect(show(report)).toMatchObject({ reliability: null, highlights: [] });
  });
});

describe('dossier grade', { timeout: 300_000 }, () => {
  it('grades a document, clears it, and refuses a letter outside A–F', async () => {
    const { report } = await library();
    expect(json('grade', report, '--reliability', 'c')).toMatchObject({ id: report, reliability: 'C' });
    const plain = cli.dossier('grade', report, '--reliability', 'none', '--no-sample');
    expect(plain.stdout).toBe('“Port report” is no longer graded.\n');
    expect(show(report).reliability).toBeNull();
    expect(fails(1, 'grade', report, '--reliability', 'G')).toMatch(
      /--reliability “G”: source reliability is a letter from A \(completely reliable\) to F/,
    );
    expect(fails(1, 'grade', 'nope', '--reliability', 'A')).toMatch(/no document has the id “nope”/);
  });

  it('grades every document of a source', async () => {
    const { report, others } = await library(true);
    expect(json('grade', '--source', 'coastal gazette', '--reliability', 'A')).toEqual({
      source: 'coastal gazette',
      reliability: 'A',
      updated: 2,
    });
    for (const id of others) expect(show(id).reliability).toBe('A');
    expect(show(report).reliability).toBeNull();
    expect(fails(1, 'grade', '--source', 'Nobody', '--reliability', 'A')).toMatch(/No document names “Nobody”/);
  });

  it('grades a passage, clears it, and refuses a digit outside 1–6 or an unknown highlight', async () => {
    const { report } = await library();
    const h = json<Highlight>('highlight', report, '--quote', 'dawn');
    json('grade', report, '--reliability', 'D');
    expect(json('grade', '--highlight', h.id, '--credibility', '1')).toMatchObject({
      id: h.id,
      credibility: 1,
      reliability: 'D',
      grade: 'D1',
    });
    expect(json('grade', '--highlight', h.id, '--credibility', 'none')).toMatchObject({
      credibility: null,
      grade: 'D?',
    });
    expect(fails(1, 'grade', '--highlight', h.id, '--credibility', '7')).toMatch(
      /--credibility “7”: information credibility is a digit from 1/,
    );
    expect(fails(1, 'grade', '--highlight', 'gone', '--credibility', '2')).toMatch(/no highlight has the id “gone”/);
  });

  it('exits 2 on a form it does not know', async () => {
    const { report } = await library();
    expect(fails(2, 'grade')).toMatch(/grade needs a document and its reliability/);
    expect(fails(2, 'grade', report, '--credibility', '2')).toMatch(/--highlight grades a passage/);
    expect(fails(2, 'grade', report, '--source', 'X', '--reliability', 'A')).toMatch(/grade needs/);
  });
});
