/** `dossier dates` through the real launcher: the public JSON shape, the reference, and refusals. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../electron/contract';
import { useCliHarness } from './cli-harness';

const cli = useCliHarness('dossier-cli-dates-');
const TEXT =
  'Mission renewed\n\nThe Security Council renewed the mission on Monday. A day later, police arrived. ' +
  'It was approved in October 2023.\n';

/** Imports the one test document and returns its id. */
function importDocument(): string {
  const file = join(cli.dir, 'renewal.txt');
  writeFileSync(file, TEXT);
  expect(cli.dossier('import', file, '--no-sample').code).toBe(0);
  const listed = JSON.parse(cli.dossier('list', '--json').stdout) as DocumentSummary[];
  const id = listed[0]?.id;
  if (!id) throw new Error('nothing imported');
  return id;
}

describe('dossier dates', { timeout: 180_000 }, () => {
  it('prints exactly [{ text, start, end, edtf, resolvedAgainst, needsReference }] with --json', () => {
    const id = importDocument();
    const run = cli.dossier('dates', id, '--reference', '2024-10-02', '--json');
    expect(run.code).toBe(0);
    const proposals = JSON.parse(run.stdout) as Record<string, unknown>[];
    const monday = TEXT.trim().indexOf('Monday');
    expect(proposals[0]).toEqual({
      text: 'Monday',
      start: monday,
      end: monday + 6,
      edtf: '2024-09-30',
      resolvedAgainst: 'reference date 2024-10-02',
      needsReference: false,
    });
    expect(proposals.map((p) => Object.keys(p))).toEqual(
      proposals.map(() => ['text', 'start', 'end', 'edtf', 'resolvedAgainst', 'needsReference']),
    );
    expect(proposals.map((p) => [p.text, p.edtf])).toEqual([
      ['Monday', '2024-09-30'],
      ['A day later', '2024-10-01'],
      ['October 2023', '2023-10'],
    ]);

    const alone = JSON.parse(cli.dossier('dates', id, '--json').stdout) as Record<string, unknown>[];
    expect(alone.map((p) => [p.text, p.edtf, p.needsReference])).toEqual([
      ['Monday', null, true],
      ['A day later', null, true],
      ['October 2023', '2023-10', false],
    ]);

    const table = cli.dossier('dates', id);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Reference date: none (relative dates need one: --reference YYYY-MM-DD)');
    expect(table.stdout).toMatch(/^\d+-\d+\s+Monday\s+-\s+needs a reference date$/m);
    expect(table.stdout).toMatch(/^\d+-\d+\s+October 2023\s+2023-10\s+as written$/m);
  });

  it('exits 1 on a reference that is not a date or an unknown id, and 2 without an id', () => {
    const id = importDocument();
    const bad = cli.dossier('dates', id, '--reference', '2024-02-30', '--json');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain(
      '--reference “2024-02-30”: there is no such day in the calendar; e.g. --reference 2024-10-02',
    );
    const words = cli.dossier('dates', id, '--reference', 'last Monday');
    expect(words.code).toBe(1);
    expect(words.stderr).toContain('write the reference date as YYYY-MM-DD (or YYYY-MM, YYYY)');
    const unknown = cli.dossier('dates', 'no-such-document', '--json');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^dossier: .+/);
    expect(cli.dossier('dates').code).toBe(2);
  });
});
