import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BriefDraft, MethodName, Result } from '../../../../electron/contract';
import type * as Service from './brief-service';
import type { briefState } from './brief-store';

/** A fake client that records every save and answers previews with a fixed tree. */
const saves: unknown[] = [];
const previews: unknown[] = [];
const saved: BriefDraft = {
  title: 'Saved',
  summary: '',
  judgments: [],
  scope: {},
  structure: 'tag',
  sections: {},
  updatedAt: null,
};

vi.mock('../../platform/client', () => ({
  isDesktop: () => false,
  getClient: () => ({
    call: (method: MethodName, input: unknown): Promise<Result<unknown>> => {
      if (method === 'brief.get') return Promise.resolve({ ok: true, value: saved });
      if (method === 'brief.save') {
        saves.push(input);
        return Promise.resolve({ ok: true, value: { ...saved, ...(input as object) } });
      }
      if (method === 'brief.preview') {
        previews.push(input);
        return Promise.resolve({ ok: true, value: { tree: { type: 'root', children: [] } } });
      }
      if (method === 'export.data') {
        return Promise.resolve({ ok: true, value: { fileName: 'p.json', content: '{"passages":[]}' } });
      }
      return Promise.resolve({ ok: false, error: { code: 'internal', message: `unexpected ${method}` } });
    },
    on: () => () => undefined,
  }),
}));

let service: typeof Service;
let brief: typeof briefState;

beforeEach(async () => {
  vi.resetModules();
  vi.useFakeTimers();
  saves.length = 0;
  previews.length = 0;
  service = await import('./brief-service');
  brief = (await import('./brief-store')).briefState;
  await service.openBrief();
});
afterEach(() => vi.useRealTimers());

const judgment = (text: string) => ({ id: 'j1', text, citations: [] });

describe('saving the brief', () => {
  it('saves typing once after a pause, as one step', async () => {
    service.editBrief({ summary: 'K' }, { pause: true });
    service.editBrief({ summary: 'Ke' }, { pause: true });
    service.editBrief({ summary: 'Kenya' }, { pause: true });
    expect(brief().draft?.summary).toBe('Kenya');
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saves).toEqual([{ summary: 'Kenya' }]);
  });

  it('saves typing still waiting before a click, so undoing the click keeps the text', async () => {
    service.editBrief({ judgments: [judgment('typed')] }, { pause: true });
    service.editBrief({ judgments: [] });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saves).toEqual([{ judgments: [judgment('typed')] }, { judgments: [] }]);
  });

  it('holds back a date range that ends before it starts and says why, saving the rest', async () => {
    service.editBrief({ scope: { dateRange: { from: '2024-05-01', to: '2024-01-01' } }, title: 'New' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saves).toEqual([{ title: 'New' }]);
    expect(brief().saveError).toBe('The date range ends before it starts');
    service.editBrief({ scope: { dateRange: { from: '2024-01-01', to: '2024-05-01' } } });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saves.at(-1)).toEqual({ scope: { dateRange: { from: '2024-01-01', to: '2024-05-01' } } });
  });
});

describe('the preview', () => {
  it('is rebuilt once after a burst of edits, from the brief as edited, and marks itself fresh', async () => {
    await vi.advanceTimersByTimeAsync(1_000);
    previews.length = 0;
    service.editBrief({ title: 'A' }, { pause: true });
    service.editBrief({ title: 'AB' }, { pause: true });
    expect(brief().previewStale).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(previews).toEqual([expect.objectContaining({ title: 'AB' })]);
    expect(brief().previewStale).toBe(false);
    expect(brief().preview?.composed.title).toBe('AB');
  });
});
