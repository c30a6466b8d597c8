/**
 * A brief's deep link in browser mode: `/open?doc=<id>&highlight=<id>` is the app's page, under the
 * same rules as `/` (token or cookie, security headers), and the address `npm run web` prints for
 * links leads there; the link it carries resolves through the API like the dossier:// one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDossierLink, webOpenPath, type DocumentId } from '../electron/contract';
import { repoPaths } from '../electron/core/repo-paths';
import { SECURITY_HEADERS } from '../electron/host/security-headers';
import { startHost, webLinkPrefix, type RunningHost } from '../electron/host/start-host';

let host: RunningHost;
let origin: string;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dossier-host-link-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  host = await startHost({ dataDir: join(root, 'data'), rendererDir, sampleDir: repoPaths.sampleCorpus });
  origin = new URL(host.url).origin;
});

afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

const link = { documentId: 'doc-1' as DocumentId, highlightId: null };
const path = `/open?doc=d1&highlight=h1`;

describe('the web host’s deep-link address', () => {
  it('serves the app’s page at /open with the token, setting the page cookie, with every security header', async () => {
    const page = await fetch(`${origin}${path}&token=${host.token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>Dossier</title>');
    expect(page.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict; Path=\//);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(page.headers.get(name), name).toBe(value);
  });

  it('refuses /open without the token or the cookie, as it refuses /', async () => {
    const refused = await fetch(`${origin}${path}`);
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('npm run web');
    expect((await fetch(`${origin}${path}&token=wrong`)).status).toBe(401);
  });

  it('serves /open by the cookie alone, as a second link in the same browser does', async () => {
    const first = await fetch(host.url);
    const cookie = first.headers.get('set-cookie')?.split(';')[0] ?? '';
    const page = await fetch(`${origin}${path}`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Dossier</title>');
  });

  it('serves the page only at /open itself, not at paths beside or below it', async () => {
    const auth = `?token=${host.token}`;
    for (const other of ['/open/', '/open/index.html', '/openx', '/OPEN']) {
      expect((await fetch(`${origin}${other}${auth}`)).status, other).toBe(404);
    }
  });

  it('prints an address for links that opens the page, and the link it carries resolves through the API', async () => {
    const prefix = webLinkPrefix(host.url);
    expect(prefix).toBe(`${origin}/open?token=${host.token}&`);
    const documents = (await (
      await fetch(`${origin}/api/call/documents.list`, {
        method: 'POST',
        body: '{}',
        headers: { 'x-dossier-token': host.token },
      })
    ).json()) as { ok: true; value: { id: DocumentId; title: string }[] };
    const [doc] = documents.value;
    if (!doc) throw new Error('the sample corpus has no documents');
    const dossierLink = formatDossierLink({ documentId: doc.id, highlightId: null });
    const query = dossierLink.slice(dossierLink.indexOf('?') + 1);
    expect(webOpenPath({ documentId: doc.id, highlightId: null })).toBe(`/open?${query}`);
    expect((await fetch(`${prefix}${query}`)).status).toBe(200);

    const resolved = (await (
      await fetch(`${origin}/api/call/links.resolve`, {
        method: 'POST',
        body: JSON.stringify({ link: dossierLink }),
        headers: { 'x-dossier-token': host.token },
      })
    ).json()) as { ok: boolean; value: { document: { title: string } } };
    expect(resolved).toMatchObject({ ok: true, value: { document: { title: doc.title } } });
  });

  it('keeps the link shape of the desktop: the same query after /open as after dossier://open', () => {
    expect(webOpenPath(link)).toBe(formatDossierLink(link).replace('dossier://open', '/open'));
  });
});
