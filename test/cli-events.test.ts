/** `dossier events list|add|delete` through the real launcher: dates as typed, JSON fields, refusals with exit 1. */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../electron/contract';
import { annotatedLibrary } from '../electron/core/testing/annotated-library';
import { tempCore } from '../electron/core/testing/temp-core';
import { useCliHarness } from './cli-harness';

const cli = useCliHarness('dossier-cli-events-');
const json = <T>(...args: string[]): T => {
  const run = cli.dossier(...args, '--json', '--no-sample');
  if (run.code !== 0) throw new Error(`dossier ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
};

describe('dossier events', { timeout: 180_000 }, () => {
  it('adds events from dates as typed, lists them in date order and deletes one', () => {
    const about = json<TimelineEvent>('events', 'add', '--date', 'about March 2024', '--title', 'Roughly then');
    expect(about).toMatchObject({ date: '2024-03~', dateLabel: 'about March 2024', earliest: '2024-03-01' });
    json('events', 'add', '--date', 'before 22 April 2023', '--title', 'Long before', '--description', 'Earlier');
    json('events', 'add', '--date', '2024-01..2024-02', '--title', 'Winter');
    const listed = json<TimelineEvent[]>('events', 'list');
    expect(listed.map((e) => [e.date, e.title])).toEqual([
      ['../2023-04-22', 'Long before'],
      ['2024-01/2024-02', 'Winter'],
      ['2024-03~', 'Roughly then'],
    ]);
    expect(cli.dossier('events', 'delete', about.id, '--no-sample').code).toBe(0);
    expect(json<TimelineEvent[]>('events', 'list').map((e) => e.title)).toEqual(['Long before', 'Winter']);
    const plain = cli.dossier('events', 'list', '--no-sample');
    expect(plain.stdout).toMatch(/before 22 April 2023 .* Long before/);
  });

  it('refuses a date it cannot read with exit 1, a message saying what works, and stores nothing', () => {
    const bad = cli.dossier('events', 'add', '--date', '2024-13', '--title', 'Bad', '--no-sample');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/2024-13: there is no month 13/);
    const words = cli.dossier('events', 'add', '--date', 'next Tuesday', '--title', 'Bad', '--no-sample');
    expect(words.code).toBe(1);
    expect(words.stderr).toMatch(/Try 2024-03-05, 22 April 2024/);
    expect(json<TimelineEvent[]>('events', 'list')).toEqual([]);
    expect(cli.dossier('events', 'add', '--title', 'No date', '--no-sample').code).toBe(2);
    expect(cli.dossier('events', 'delete', 'no-such-event', '--no-sample').code).toBe(1);
  });

  it('links highlights given with --highlight, and refuses one that does not exist', async () => {
    const t = tempCore({}, cli.dataDir);
    const { highlight } = await annotatedLibrary(t);
    await t.core.close();
    const event = json<TimelineEvent>(
      'events',
      'add',
      '--date',
      'Q2 2024',
      '--title',
      'Arrival',
      '--highlight',
      highlight.id,
    );
    expect(event).toMatchObject({ date: '2024-34', dateLabel: 'Q2 2024' });
    expect(event.passages.map((p) => p.highlight.id)).toEqual([highlight.id]);
    const missing = cli.dossier(
      'events',
      'add',
      '--date',
      '2024',
      '--title',
      'x',
      '--highlight',
      'gone',
      '--no-sample',
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no longer exists/);
  });
});
