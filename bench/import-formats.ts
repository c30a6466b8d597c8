/**
 * Import throughput per format: the same synthetic articles written as .txt, .md, .html, .pdf and
 * .docx, imported through the core in batches, reported as documents/s and MB/s of input.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../electron/core/create-core';
import { buildDocx, para } from '../electron/core/testing/docx-fixtures';
import { buildPdf } from '../electron/core/testing/pdf-fixtures';

type Article = { title: string; paragraphs: string[] };

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Breaks a paragraph into lines short enough for a PDF page: the fixture refuses a line wider than
 * its 468-point column (about 85 characters of 11-point Helvetica) and any line break inside a line.
 */
function wrap(text: string, width = 72): string[] {
  const lines: string[] = [];
  let line = '';
  // A word longer than a line (a URL, say) is cut into line-long pieces.
  const words = text.split(/\s+/).flatMap((w) => w.match(new RegExp(`.{1,${width}}`, 'g')) ?? []);
  for (const word of words) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const writers: Record<string, (a: Article) => Promise<Uint8Array> | Uint8Array> = {
  txt: (a) => Buffer.from(`${a.title}\n\n${a.paragraphs.join('\n\n')}\n`),
  md: (a) => Buffer.from(`# ${a.title}\n\n${a.paragraphs.join('\n\n')}\n`),
  html: (a) =>
    Buffer.from(
      `<!doctype html><html lang="en"><head><title>${escapeHtml(a.title)}</title>` +
        `<meta property="og:site_name" content="Bench Daily"></head><body><nav><a href="/">Home</a></nav>` +
        `<article><h1>${escapeHtml(a.title)}</h1>${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article>` +
        `<footer>© Bench Daily</footer></body></html>`,
    ),
  pdf: (a) => {
    const lines = a.paragraphs.flatMap((p) => wrap(p).map((text, i) => ({ text, gapBefore: i === 0 ? 10 : 0 })));
    const pages = [];
    for (let i = 0; i < lines.length; i += 40) pages.push({ lines: lines.slice(i, i + 40) });
    return buildPdf(pages, { title: a.title });
  },
  docx: (a) => buildDocx([para(a.title, 'Heading1'), ...a.paragraphs.map((p) => para(escapeHtml(p)))].join('')),
};

export async function benchImportFormats(articles: Article[]): Promise<void> {
  console.log(`\nImport throughput per format (${articles.length} documents each, batches of 50)`);
  console.log('| format | MB in | docs/s | MB/s |');
  console.log('|---|---|---|---|');
  for (const [format, write] of Object.entries(writers)) {
    const files = await Promise.all(
      articles.map(async (a, i) => ({ name: `doc-${i}.${format}`, bytes: Buffer.from(await write(a)) })),
    );
    const megabytes = files.reduce((n, f) => n + f.bytes.length, 0) / 1024 / 1024;
    const dataDir = mkdtempSync(join(tmpdir(), 'dossier-bench-format-'));
    const core = createCore({ dataDir, platform: 'cli' });
    const started = performance.now();
    for (let i = 0; i < files.length; i += 50) {
      const batch = files.slice(i, i + 50).map((f) => ({ name: f.name, contentBase64: f.bytes.toString('base64') }));
      const result = await core.handle('documents.import', { files: batch });
      if (!result.ok) throw new Error(result.error.message);
      if (result.value.failed.length) throw new Error(`${format}: ${result.value.failed[0]?.message}`);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `| ${format} | ${megabytes.toFixed(2)} | ${(files.length / seconds).toFixed(0)} | ${(megabytes / seconds).toFixed(2)} |`,
    );
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
