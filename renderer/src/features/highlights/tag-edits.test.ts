import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HighlightId, MethodName, Result } from '../../../../electron/contract';
import { editHighlightTags } from './tag-edits';

/** A fake client whose `highlights.setTags` answers only when the test says so, like a slow host. */
const sent: string[][] = [];
const answers: ((ok: boolean) => void)[] = [];

vi.mock('../../platform/client', () => ({
  isDesktop: () => false,
  getClient: () => ({
    call: (method: MethodName, input: { tags?: string[] }): Promise<Result<unknown>> => {
      if (method !== 'highlights.setTags') return Promise.resolve({ ok: true, value: {} });
      sent.push(input.tags ?? []);
      return new Promise((resolve) => {
        answers.push((ok) =>
          resolve(ok ? { ok: true, value: {} } : { ok: false, error: { code: 'internal', message: 'boom' } }),
        );
      });
    },
    on: () => () => undefined,
  }),
}));

const id = 'h1' as HighlightId;
const add = (name: string) => (tags: string[]) => [...tags, name];
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function answerAll(ok = true): Promise<void> {
  for (let i = 0; i < 10; i += 1) {
    await flush();
    const next = answers.shift();
    if (!next) return;
    next(ok);
  }
}

beforeEach(() => {
  sent.length = 0;
  answers.length = 0;
});

describe('editHighlightTags', () => {
  it('keeps every tag added before the previous save came back', async () => {
    const done = [
      editHighlightTags(id, [], add('alpha')),
      editHighlightTags(id, [], add('beta')),
      editHighlightTags(id, [], add('gamma')),
    ];
    await answerAll();
    await Promise.all(done);
    expect(sent.at(-1)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('sends one save at a time, in order', async () => {
    const first = editHighlightTags(id, ['x'], add('y'));
    const second = editHighlightTags(id, ['x'], (tags) => tags.filter((tag) => tag !== 'x'));
    await flush();
    expect(sent).toEqual([['x', 'y']]);
    await answerAll();
    await Promise.all([first, second]);
    expect(sent).toEqual([['x', 'y'], ['y']]);
  });

  it('starts again from the stored tags after a failed save', async () => {
    const failed = editHighlightTags(id, ['x'], add('y'));
    await answerAll(false);
    await failed;
    const next = editHighlightTags(id, ['x'], add('z'));
    await answerAll();
    await next;
    expect(sent.at(-1)).toEqual(['x', 'z']);
  });
});
