/** Sizes of the axis drawing in pixels, shared by the layout, the marks and the export. */
export const GEOMETRY = {
  /** Height of the tick area above the lanes (context row, tick labels, the axis line). */
  axisTop: 46,
  /** Lane name above a lane's rows, when there are lanes. */
  laneHead: 22,
  lanePad: 8,
  rowHeight: 34,
  /** Top of a mark within its row, its bar height, and the label's baseline. */
  markTop: 5,
  barHeight: 9,
  labelBaseline: 28,
  pointRadius: 5.5,
  /** A bar never thinner than this, so a day at decade zoom still shows. */
  minBar: 4,
  /** Length of the arrow drawn for an open end. */
  openLength: 44,
  /** Length of the fading part at an approximate or uncertain end. */
  fadeLength: 26,
  countWidth: 36,
  labelFontSize: 12,
  /** Longest label in characters; the details card has the whole title. */
  labelChars: 40,
} as const;

/** A system font stack: the view and its exported SVG and PNG need no web font and no network. */
export const AXIS_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Colours as attributes (not CSS), so an exported SVG looks the same without the app's styles. */
export const AXIS_COLORS = {
  background: '#ffffff',
  text: '#1f2328',
  text2: '#5b6169',
  text3: '#8a9098',
  grid: '#eeebe6',
  axis: '#cfcac1',
  mark: '#2f5d8a',
  selected: '#b5542a',
  laneBand: '#fbfaf8',
  countFill: '#e8eef5',
} as const;
