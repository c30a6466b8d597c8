import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILES_PER_CALL, megabytes, planBatches, tooLargeMessage } from './import-batches';

const sizes = fc.array(fc.nat({ max: 5000 }), { maxLength: 300 });
const limits = fc.record({ files: fc.integer({ min: 1, max: 700 }), bytes: fc.integer({ min: 1, max: 20_000 }) });

describe('planBatches', () => {
  it('keeps every item once, in order, each batch within both limits unless it holds one item', () => {
    fc.assert(
      fc.property(sizes, limits, (items, limit) => {
        const batches = planBatches(items, (n) => n, limit);
        expect(batches.flat()).toEqual(items);
        for (const batch of batches) {
          expect(batch.length).toBeGreaterThan(0);
          expect(batch.length).toBeLessThanOrEqual(Math.min(limit.files, MAX_FILES_PER_CALL));
          const bytes = batch.reduce((sum, n) => sum + n, 0);
          if (batch.length > 1) expect(bytes).toBeLessThanOrEqual(limit.bytes);
        }
      }),
    );
  });

  it('starts a new batch only when the next item would not fit (no needless small batches)', () => {
    fc.assert(
      fc.property(sizes, limits, (items, limit) => {
        const batches = planBatches(items, (n) => n, limit);
        const maxFiles = Math.min(limit.files, MAX_FILES_PER_CALL);
        for (let i = 0; i + 1 < batches.length; i++) {
          const batch = batches[i] ?? [];
          const next = batches[i + 1]?.[0] ?? 0;
          const bytes = batch.reduce((sum, n) => sum + n, 0);
          expect(batch.length >= maxFiles || bytes + next > limit.bytes).toBe(true);
        }
      }),
    );
  });

  it('cuts 1,234 small files into batches of 100 by default', () => {
    const batches = planBatches(
      Array.from({ length: 1234 }, () => 10),
      (n) => n,
    );
    expect(batches.map((b) => b.length)).toEqual([...Array<number>(12).fill(100), 34]);
  });

  it('cuts by bytes: three 30 MB files make two batches under the 64 MB default', () => {
    const mb30 = 30 * 1024 * 1024;
    expect(planBatches([mb30, mb30, mb30], (n) => n).map((b) => b.length)).toEqual([2, 1]);
  });
});

describe('tooLargeMessage', () => {
  it('names the file, its size, the limit and what to do', () => {
    expect(tooLargeMessage('scan.pdf', 150 * 1024 * 1024)).toBe(
      'scan.pdf is 150 MB; Dossier imports files of up to 100 MB. Split it and import the parts.',
    );
    expect(megabytes(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});
