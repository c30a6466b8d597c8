/**
 * Index builds run in their own threads at a lower priority than the rest of the app, so an
 * import and the window are not slowed by a background build. Linux only: elsewhere a priority is
 * the whole process's, and the builder leaves it alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../db/library-paths';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';
import { BuilderPool } from './builder-pool';

/** The nice value of every thread of this process, from /proc (field 19 of each task's stat). */
function threadNiceValues(): number[] {
  return readdirSync('/proc/self/task').map((task) => {
    const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

let t: TempCore | undefined;
let pool: BuilderPool | undefined;
afterEach(async () => {
  await pool?.close();
  await t?.dispose();
});

describe.skipIf(process.platform !== 'linux')('index builder priority (Linux: a thread has its own nice value)', () => {
  it('builds a shard in a thread 10 nice steps below the app and leaves the calling thread at its priority', async () => {
    t = tempCore();
    const report = await t.call('documents.import', {
      files: [fileOf('patrol.txt', 'Patrol report\n\nThe convoy reached Cabaret at dawn.\n')],
    });
    const before = getPriority(0);
    const niceBefore = threadNiceValues().filter((nice) => nice === before + 10).length;
    pool = new BuilderPool({ data: { dbPath: join(t.dataDir, DB_FILE_NAME) } });

    const built = await pool.build(report.imported.map((doc) => doc.id));

    expect(built?.docs.map(([id]) => id)).toEqual(report.imported.map((doc) => doc.id));
    expect(getPriority(0)).toBe(before);
    expect(threadNiceValues().filter((nice) => nice === before + 10).length).toBe(niceBefore + 1);
  }, 60_000);
});
