/**
 * Exports the axis as it is on screen: the SVG serialized on its own (colours and the system font
 * stack are attributes, so it needs no stylesheet, font file or network), or a PNG drawn from that
 * SVG onto an offscreen canvas at twice the size. Saved as a download in a browser and through the
 * native save dialog on the desktop (where downloads are refused).
 */
import { isDesktop } from '../../../platform/client';
import { downloadBlob } from '../../../platform/download';
import { call } from '../../../store/api';
import { showError, showToast } from '../../../store/toasts';
import type { Domain } from './axis-domain';

export type ExportFormat = 'svg' | 'png';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** What only the live view needs: focus, roles, hooks for its handlers and styles. */
const LIVE_ONLY = /^(tabindex|role|class|aria-.*|data-.*)$/;
/** Space kept under the last lane. */
const BOTTOM_PAD = 8;
/** Browsers refuse canvases much larger than this on a side. */
const MAX_CANVAS = 16_384;

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const exportFileName = (domain: Domain, format: ExportFormat): string =>
  `timeline-${isoDay(domain[0])}-to-${isoDay(domain[1])}.${format}`;

/** The drawing as a standalone SVG document, and its size. */
export function serializeAxis(svg: SVGSVGElement, title: string): { text: string; width: number; height: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const hit of copy.querySelectorAll('.axis-hit')) hit.remove();
  for (const element of [copy, ...copy.querySelectorAll('*')]) {
    for (const { name } of [...element.attributes]) if (LIVE_ONLY.test(name)) element.removeAttribute(name);
    // A drag in progress leaves its translation on the drawing's group.
    if (element !== copy && element.getAttribute('transform')?.startsWith('translate(')) {
      element.removeAttribute('transform');
    }
  }
  // Only down to the last lane: the empty rest of the view is not part of the picture.
  const width = svg.width.baseVal.value;
  const content = Number(svg.dataset.contentHeight);
  const full = svg.height.baseVal.value;
  const height = Number.isFinite(content) ? Math.min(full, content + BOTTOM_PAD) : full;
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.setAttribute('xmlns', SVG_NS);
  const heading = document.createElementNS(SVG_NS, 'title');
  heading.textContent = title;
  copy.prepend(heading);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
  return { text, width, height };
}

/** Draws the SVG on a canvas at `scale` (smaller when the canvas would be too large) as a PNG. */
async function renderPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  // A data: URL, not a blob: one: the page's Content-Security-Policy allows only 'self' and data: images.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const factor = Math.min(scale, MAX_CANVAS / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * factor);
  canvas.height = Math.round(height * factor);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This window cannot draw on a canvas.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))), 'image/png'),
  );
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function save(fileName: string, blob: Blob): Promise<void> {
  if (isDesktop()) {
    const saved = await call('dialog.saveImage', { fileName, contentBase64: await base64Of(blob) });
    if (saved) showToast({ tone: 'success', message: 'Timeline exported', details: [saved.path] });
    return;
  }
  downloadBlob(fileName, blob);
  showToast({ tone: 'success', message: 'Timeline exported', details: [fileName] });
}

/** Exports the drawing showing `domain` as an SVG or PNG file. */
export async function exportAxis(svg: SVGSVGElement, domain: Domain, format: ExportFormat): Promise<void> {
  const fileName = exportFileName(domain, format);
  const { text, width, height } = serializeAxis(svg, `Timeline, ${isoDay(domain[0])} to ${isoDay(domain[1])}`);
  try {
    const blob =
      format === 'svg'
        ? new Blob([text], { type: 'image/svg+xml;charset=utf-8' })
        : await renderPng(text, width, height);
    await save(fileName, blob);
  } catch (error) {
    showError(`The timeline could not be exported: ${(error as Error).message}`);
  }
}
