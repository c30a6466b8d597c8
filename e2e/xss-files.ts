/**
 * One file of each importable format carrying the XSS payloads: in its text (escaped, so it reaches
 * the library as literal text, and raw, where the format has markup), in its title and author,
 * and in a file name.
 */
import { buildDocx, para } from '../electron/core/testing/docx-fixtures';
import { buildPdf } from '../electron/core/testing/pdf-fixtures';
import type { FileToImport } from './pages/import-page';
import { MARKDOWN_PAYLOADS, PAYLOADS, htmlLiteral, markdownLiteral } from './xss-payloads';

/** Each format's title and author (or site), as the reader header must show them. */
export const PROBE_TITLES = {
  html: `HTML probe <img src=x onerror=alert('xss-html-title') data-xss>`,
  md: `MD probe <img src=x onerror=alert('xss-md-title') data-xss>`,
  txt: `TXT probe <script>alert('xss-txt-title')</script>`,
  docx: `DOCX probe <svg onload=alert('xss-docx-title') data-xss>`,
  pdf: `PDF probe <svg/onload=alert('xss-pdf-title') data-xss>`,
} as const;
export const HTML_AUTHOR = `<svg onload=alert('xss-author') data-xss>`;
export const HTML_SITE = `"><img src=x onerror=alert('xss-site') data-xss>`;
export const DOCX_AUTHOR = `<script>alert('xss-docx-author')</script>`;
export const PDF_AUTHOR = `<img src=x onerror=alert('xss-pdf-author') data-xss>`;
export const TXT_NAME = `probe-<img src=x onerror=alert('xss-file') data-xss>.txt`;
/** The payloads short enough for one PDF line. */
export const PDF_PAYLOADS = [PAYLOADS[0], PAYLOADS[2], PAYLOADS[4], PAYLOADS[25]].filter((p) => p !== undefined);

export async function probeFiles(): Promise<FileToImport[]> {
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${PROBE_TITLES.html}</title>`,
    `<meta name="author" content="${htmlLiteral(HTML_AUTHOR)}">`,
    `<meta property="og:site_name" content="${htmlLiteral(HTML_SITE)}">`,
    '</head><body><article><h1>HTML probe</h1>',
    ...PAYLOADS.map((payload, i) => `<p>Probe html ${i + 1}: ${htmlLiteral(payload)}</p>`),
    ...PAYLOADS.map((payload) => `<div>${payload}</div>`),
    '</article></body></html>',
  ].join('\n');
  const md = [
    '---',
    `title: "${PROBE_TITLES.md}"`,
    '---',
    '# Markdown probe',
    ...PAYLOADS.map((payload, i) => `Probe md ${i + 1}: ${markdownLiteral(payload)}`),
    ...MARKDOWN_PAYLOADS,
    ...PAYLOADS,
  ].join('\n\n');
  const txt = [PROBE_TITLES.txt, ...PAYLOADS.map((payload, i) => `Probe txt ${i + 1}: ${payload}`)].join('\n');
  const docx = await buildDocx(
    PAYLOADS.map((payload, i) => para(htmlLiteral(`Probe docx ${i + 1}: ${payload}`))).join(''),
    {
      core: true,
      title: htmlLiteral(PROBE_TITLES.docx),
      creator: htmlLiteral(DOCX_AUTHOR),
    },
  );
  const pdf = await buildPdf(
    [
      {
        lines: PDF_PAYLOADS.map((payload, i) => ({ text: `Probe pdf ${i + 1}: ${payload}`, size: 10, gapBefore: 12 })),
      },
    ],
    { title: PROBE_TITLES.pdf, author: PDF_AUTHOR },
  );
  return [
    { name: 'probe.html', mimeType: 'text/html', text: html },
    { name: 'probe.md', mimeType: 'text/markdown', text: md },
    { name: TXT_NAME, mimeType: 'text/plain', text: txt },
    {
      name: 'probe.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      text: docx,
    },
    { name: 'probe.pdf', mimeType: 'application/pdf', text: pdf },
  ];
}
