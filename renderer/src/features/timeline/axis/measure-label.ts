/**
 * Label widths for packing, measured once per text on a canvas at the axis's font (measuring SVG
 * text in the DOM would force a layout per label). Without a canvas it estimates.
 */
import { AXIS_FONT, GEOMETRY } from './axis-geometry';

const widths = new Map<string, number>();
const MAX_CACHED = 20_000;
let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (context) context.font = `${GEOMETRY.labelFontSize}px ${AXIS_FONT}`;
  }
  return context;
}

export function measureLabel(text: string): number {
  const known = widths.get(text);
  if (known !== undefined) return known;
  const ctx = canvasContext();
  const width = ctx ? ctx.measureText(text).width : text.length * GEOMETRY.labelFontSize * 0.58;
  if (widths.size >= MAX_CACHED) widths.clear();
  widths.set(text, width);
  return width;
}
