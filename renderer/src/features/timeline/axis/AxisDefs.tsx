/**
 * Gradients the marks fill with: a bar's end fades in or out where the date is approximate or
 * uncertain, and an uncertain single day is a soft disc. One set in the accent colour, one in the
 * selection colour; drawn with attributes only, so an exported SVG carries them.
 */
import { AXIS_COLORS } from './axis-geometry';

export const fadeId = (kind: 'in' | 'out' | 'point', selected: boolean): string =>
  `tl-fade-${kind}${selected ? '-selected' : ''}`;

function Fades({ color, selected }: { color: string; selected: boolean }) {
  return (
    <>
      <linearGradient id={fadeId('in', selected)} x1="0" x2="1" y1="0" y2="0">
        <stop offset="0" stopColor={color} stopOpacity="0" />
        <stop offset="1" stopColor={color} stopOpacity="1" />
      </linearGradient>
      <linearGradient id={fadeId('out', selected)} x1="0" x2="1" y1="0" y2="0">
        <stop offset="0" stopColor={color} stopOpacity="1" />
        <stop offset="1" stopColor={color} stopOpacity="0" />
      </linearGradient>
      <radialGradient id={fadeId('point', selected)}>
        <stop offset="0.35" stopColor={color} stopOpacity="1" />
        <stop offset="1" stopColor={color} stopOpacity="0" />
      </radialGradient>
    </>
  );
}

export function AxisDefs() {
  return (
    <defs>
      <Fades color={AXIS_COLORS.mark} selected={false} />
      <Fades color={AXIS_COLORS.selected} selected />
    </defs>
  );
}
