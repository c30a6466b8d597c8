/**
 * A deep link is read one way everywhere: the shapes shells hand over are accepted, everything
 * else is refused with a reason, and whatever passes comes back out in one canonical form.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDossierLink, linkFromWebAddress, parseDossierLink, webOpenPath } from './dossier-link';

const uuid = '3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c';
const hl = 'a1b2c3d4-0000-4000-8000-00000000beef';

describe('parseDossierLink', () => {
  it('reads a passage link and a document link', () => {
    expect(parseDossierLink(`dossier://open?doc=${uuid}&highlight=${hl}`)).toEqual({
      ok: true,
      link: { documentId: uuid, highlightId: hl },
    });
    expect(parseDossierLink(`dossier://open?doc=${uuid}`)).toEqual({
      ok: true,
      link: { documentId: uuid, highlightId: null },
    });
  });

  it('accepts the forms shells hand over: trailing slash, dossier:open, three slashes, upper-case scheme, parameters in any order', () => {
    for (const link of [
      ` dossier://open/?doc=${uuid}&highlight=${hl}\n`,
      `dossier:open?doc=${uuid}&highlight=${hl}`,
      `dossier:///open?doc=${uuid}&highlight=${hl}`,
      `DOSSIER://open?highlight=${hl}&doc=${uuid}`,
      `dossier://open?doc=${uuid.replace(/-/g, '%2D')}&highlight=${hl}`,
    ]) {
      expect(parseDossierLink(link), link).toEqual({ ok: true, link: { documentId: uuid, highlightId: hl } });
    }
  });

  it('refuses anything else, saying why', () => {
    const cases: [string, RegExp][] = [
      ['', /does not start with dossier:\/\//],
      ['https://example.org/open?doc=1', /does not start/],
      ['javascript:alert(1)//dossier://open?doc=1', /does not start/],
      ['dossier://close?doc=1', /not an open link/],
      ['dossier://open/extra?doc=1', /not an open link/],
      ['dossier://user@open?doc=1', /not an open link/],
      ['dossier://open:8080?doc=1', /not an open link/],
      ['dossier://open?doc=1#frag', /not an open link/],
      ['dossier://open?highlight=x', /names no document/],
      ['dossier://open?doc=&highlight=x', /names no document/],
      ['dossier://open?doc=1&doc=2', /more than one doc/],
      ['dossier://open?doc=1&highlight=a&highlight=b', /more than one highlight/],
      ['dossier://open?doc=1&token=abc', /unknown part “token”/],
      ['dossier://open?doc=<script>', /document id is not one/],
      ['dossier://open?doc=..%2F..%2Fetc', /document id is not one/],
      ['dossier://open?doc=1&highlight=', /passage id is not one/],
      ['dossier://open?doc=1&highlight=a%20b', /passage id is not one/],
      ['dossier://open?doc=%E0%A4%A', /percent-encoding/],
      [`dossier://open?doc=${'a'.repeat(65)}`, /document id is not one/],
      [`dossier://open?doc=1&highlight=${'b'.repeat(2_000)}`, /longer than 2000/],
    ];
    for (const [link, reason] of cases) {
      const parsed = parseDossierLink(link);
      expect(parsed.ok, link).toBe(false);
      if (!parsed.ok) expect(parsed.reason, link).toMatch(reason);
    }
  });

  it('round-trips every id of the allowed shape, and passes on nothing outside it', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
    fc.assert(
      fc.property(id, fc.option(id, { nil: null }), (documentId, highlightId) => {
        const link = { documentId, highlightId } as never;
        expect(parseDossierLink(formatDossierLink(link))).toEqual({ ok: true, link });
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), (doc, highlight) => {
        const parsed = parseDossierLink(
          `dossier://open?doc=${encodeURIComponent(doc)}&highlight=${encodeURIComponent(highlight)}`,
        );
        if (!parsed.ok) return;
        expect(parsed.link.documentId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
        expect(parsed.link.highlightId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      }),
    );
  });
});

describe('the web page address of a link', () => {
  it('is /open with the link’s own query, read back the same way', () => {
    const link = { documentId: uuid, highlightId: hl } as never;
    expect(webOpenPath(link)).toBe(`/open?doc=${uuid}&highlight=${hl}`);
    expect(linkFromWebAddress('/open', `?doc=${uuid}&highlight=${hl}`)).toEqual({ ok: true, link });
  });

  it('is not read from another path, leaves out what the page itself uses, and refuses the rest', () => {
    expect(linkFromWebAddress('/', `?doc=${uuid}`)).toBeNull();
    expect(linkFromWebAddress('/index.html', `?doc=${uuid}`)).toBeNull();
    expect(linkFromWebAddress('/open', `?token=t0k&doc=${uuid}`, ['token'])).toEqual({
      ok: true,
      link: { documentId: uuid, highlightId: null },
    });
    expect(linkFromWebAddress('/open', `?doc=${uuid}&next=/etc`)).toMatchObject({ ok: false });
    expect(linkFromWebAddress('/open', '')).toMatchObject({ ok: false, reason: 'it names no document' });
  });
});
