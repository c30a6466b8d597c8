/** The Electronegativity verdict: only exact allowlisted findings pass, and a stale allowlist entry fails. */
import { describe, expect, it } from 'vitest';
import { ALLOWLIST, judge, type Finding } from '../scripts/electronegativity-verdict';

const asFinding = (entry: (typeof ALLOWLIST)[number], line = 1): Finding => ({
  id: entry.id,
  file: entry.file,
  line,
  description: 'reported',
  sample: `  ${entry.sample}  `,
});

describe('electronegativity verdict', () => {
  it('passes exactly the allowlisted findings, each with a reason', () => {
    for (const entry of ALLOWLIST) expect(entry.why.length, entry.id).toBeGreaterThan(20);
    const verdict = judge(ALLOWLIST.map((entry) => asFinding(entry)));
    expect(verdict.unexpected).toEqual([]);
    expect(verdict.stale).toEqual([]);
    expect(verdict.allowed).toHaveLength(ALLOWLIST.length);
  });

  it('fails the same check in another file or on another source line', () => {
    const [entry] = ALLOWLIST;
    if (!entry) throw new Error('the allowlist is empty');
    const elsewhere = { ...asFinding(entry), file: 'electron/main/other-window.ts' };
    const otherLine = { ...asFinding(entry, 22), sample: 'sandbox: false,' };
    const weakerCsp = {
      id: 'CSP_GLOBAL_CHECK',
      file: 'renderer/index.html',
      line: 6,
      description: 'x',
      sample: "script-src 'self' 'unsafe-inline'",
    };
    const { unexpected } = judge([...ALLOWLIST.map((e) => asFinding(e)), elsewhere, otherLine, weakerCsp]);
    expect(unexpected).toEqual([elsewhere, otherLine, weakerCsp]);
  });

  it('reports an allowlist entry whose finding is gone', () => {
    const [first, ...rest] = ALLOWLIST;
    const { stale } = judge(rest.map((entry) => asFinding(entry)));
    expect(stale).toEqual([first]);
  });
});
