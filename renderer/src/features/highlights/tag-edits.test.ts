import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HighlightId, MethodName, Result } from '../../../../electron/contract';
import { changeHighlightTag } from './tag-edits';

/** A fake client whose tag calls answer only when the test says so, like a slow host. */
const sent: string[] = [];
const answers: ((ok: boolean) => void)[] = [];

vi.mock('../../platform/client', () => ({
  isDesktop: () => false,
  getClient: () => ({
    call: (method: MethodName, input: { name?: string }): Promise<Result<unknown>> => {
      sent.push(`${method} ${input.name ?? ''}`);
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
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function answerNext(ok = true): Promise<void> {
  await flush();
  answers.shift()?.(ok);
  await flush();
}

beforeEach(() => {
  sent.length = 0;
  answers.length = 0;
});

describe('changeHighlightTag', () => {
  it('sends one change per tag, one at a time, in the order they were made', async () => {
    const done = [
      changeHighlightTag(id, 'add', 'alpha'),
      changeHighlightTag(id, 'add', 'beta'),
      changeHighlightTag(id, 'remove', 'alpha'),
    ];
    await flush();
    expect(sent).toEqual(['highlights.addTag alpha']);
    await answerNext();
    expect(sent).toEqual(['highlights.addTag alpha', 'highlights.addTag beta']);
    await answerNext();
    await answerNext();
    await Promise.all(done);
    expect(sent).toEqual(['highlights.addTag alpha', 'highlights.addTag beta', 'highlights.removeTag alpha']);
  });

  it('goes on with the next change after a failed one', async () => {
    const failed = changeHighlightTag(id, 'add', 'x');
    const next = changeHighlightTag(id, 'add', 'y');
    await answerNext(false);
    await answerNext();
    await Promise.all([failed, next]);
    expect(sent).toEqual(['highlights.addTag x', 'highlights.addTag y']);
  });
});
