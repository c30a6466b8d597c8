/** The highlight palette in the order the toolbar and panel offer it. */
import { HighlightColor } from '../../../../electron/contract';

export const HIGHLIGHT_COLORS = HighlightColor.options;
