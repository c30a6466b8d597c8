/**
 * `dossier export …` and `dossier open` through the real launcher: the brief with a scope in HTML
 * and Word, the data exports, a refusal, and a deep link followed back to its passage. Each spawn is
 * slow, so each invocation carries several assertions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { highlightPhrase, reportText } from '../electron/core/testing/annotated-library';
import { fileOf, tempCore } from '../electron/core/testing/temp-core';
import { useCliHarness } from './cli-harness';

const cli = useCliHarness('dossier-cli-export-');
const run = (...args: string[]) => cli.dossier(...args, '--no-sample');
const ok = (...args: string[]) => {
  const result = run(...args);
  if (result.code !== 0) throw new Error(`dossier ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result.stdout;
};

const ARRIVAL = 'first Kenyan police officers arrived';
const GANGS = 'Gangs still control';

/** security > police (B2 passage, cited by an event), gangs (B5 passage). */
async function seed() {
  const t = tempCore({}, cli.dataDir);
  const report = await t.call('documents.import', { files: [fileOf('kenya.txt', reportText)] });
  const doc = await t.call('documents.get', { id: report.imported[0]!.id });
  await t.call('documents.update', { id: doc.id, reliability: 'B' });
  const security = await t.call('tags.create', { name: 'security' });
  await t.call('tags.create', { name: 'police', parentId: security.id });
  await t.call('tags.create', { name: 'gangs', parentId: security.id });
  const arrival = await highlightPhrase(t, doc, ARRIVAL, ['police']);
  await t.call('highlights.update', { id: arrival.id, credibility: 2 });
  const gangs = await highlightPhrase(t, doc, GANGS, ['gangs']);
  await t.call('highlights.update', { id: gangs.id, credibility: 5 });
  await t.call('events.create', { date: '2024-06-25', title: 'Kenyan police arrive', highlightIds: [arrival.id] });
  await t.core.close();
  return { doc, arrival };
}

describe('dossier export and open', { timeout: 400_000 }, () => {
  it('writes the brief with a scope as HTML and Word, the data beside it, and follows a link back', async () => {
    const { doc, arrival } = await seed();

    const html = join(cli.dir, 'brief.html');
    const written = JSON.parse(
      ok(
        'export',
        'brief',
        '--format',
        'html',
        '--tag',
        'SECURITY',
        '--sub-tags',
        '--min-grade',
        'B3',
        '--structure',
        'chronological',
        '--title',
        'Week 26',
        '--out',
        html,
        '--json',
      ),
    ) as { path: string; format: string; bytes: number };
    expect(written).toMatchObject({ path: html, format: 'html' });
    const page = readFileSync(html, 'utf8');
    expect(written.bytes).toBe(Buffer.byteLength(page));
    expect(page).toContain('<title>Week 26</title>');
    expect(page).toContain(ARRIVAL);
    expect(page).not.toContain(GANGS);
    expect(page).not.toMatch(/<script/i);

    const docx = join(cli.dir, 'brief.docx');
    expect(ok('export', 'brief', '--format', 'docx', '--min-grade', '5', '--out', docx)).toBe(
      `Wrote the brief to ${docx}\n`,
    );
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toContain(ARRIVAL);
    expect(body).toContain(GANGS);
    expect(zip.file('word/footnotes.xml')).not.toBeNull();

    const csv = join(cli.dir, 'passages.csv');
    ok('export', 'passages', '--format', 'csv', '--out', csv);
    const rows = readFileSync(csv, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toMatch(/^document,source,quote,note,tags,grade,/);
    expect(rows.find((r) => r.includes(ARRIVAL))).toContain(`dossier://open?doc=${doc.id}&highlight=${arrival.id}`);

    const timeline = join(cli.dir, 'timeline.json');
    ok('export', 'timeline', '--format', 'json', '--out', timeline);
    expect(readFileSync(timeline, 'utf8')).toContain('Kenyan police arrive');

    const refused = run('export', 'annotations', '--format', 'csv', '--out', join(cli.dir, 'a.csv'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Annotations export as JSON only/);

    const link = `dossier://open?doc=${doc.id}&highlight=${arrival.id}`;
    const opened = JSON.parse(ok('open', link, '--json')) as {
      document: { id: string; title: string };
      highlight: { id: string };
      quote: string;
      status: string;
    };
    expect(opened).toMatchObject({ document: { id: doc.id }, highlight: { id: arrival.id }, quote: ARRIVAL });
    expect(ok('open', link)).toBe(`${doc.title}\n> ${ARRIVAL}\n`);
  });

  it('writes the brief as composed in the app unless flags say otherwise; --whole-project drops the saved scope', async () => {
    await seed();
    const t = tempCore({}, cli.dataDir);
    const gangs = (await t.call('tags.list', {})).find((tag) => tag.name === 'gangs')!;
    await t.call('brief.save', {
      title: 'Saved in the app',
      scope: { tags: { ids: [gangs.id], includeSubTags: false } },
      summary: 'Gangs hold the *capital*.',
    });
    await t.core.close();

    const saved = join(cli.dir, 'saved.md');
    ok('export', 'brief', '--out', saved);
    const composed = readFileSync(saved, 'utf8');
    expect(composed).toMatch(/^# Saved in the app\n/);
    expect(composed).toContain('Gangs hold the *capital*.');
    expect(composed).toContain(GANGS);
    expect(composed).not.toContain(ARRIVAL);

    const whole = join(cli.dir, 'whole.md');
    ok('export', 'brief', '--whole-project', '--out', whole);
    const everything = readFileSync(whole, 'utf8');
    expect(everything).toContain('Scope: the whole project.');
    expect(everything).toContain(ARRIVAL);
    expect(everything).toContain('Gangs hold the *capital*.');

    const both = run('export', 'brief', '--whole-project', '--tag', 'gangs', '--out', join(cli.dir, 'x.md'));
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/--whole-project covers everything/);
  });

  it('refuses a grade that is not one and a link to a passage that is gone, saying what to do', async () => {
    const { doc } = await seed();
    const grade = run('export', 'brief', '--min-grade', 'Z9', '--out', join(cli.dir, 'x.md'));
    expect(grade.code).toBe(1);
    expect(grade.stderr).toMatch(/--min-grade “Z9”: write a source letter A–F/);
    const gone = run('open', `dossier://open?doc=${doc.id}&highlight=missing`);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toBe('dossier: That passage is no longer in the library.\n');
  });
});
