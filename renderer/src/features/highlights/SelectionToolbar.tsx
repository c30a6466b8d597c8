/** The floating toolbar over a text selection: one button per highlight colour. */
import type { HighlightColor } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { highlightSelection } from './highlight-service';
import { HIGHLIGHT_COLORS } from './colors';
import './highlights.css';

export function SelectionToolbar() {
  const selection = useAppStore((s) => s.pendingSelection);
  if (!selection) return null;
  const top = Math.max(selection.top - 48, 8);
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Highlight selection"
      style={{ top, left: selection.left }}
    >
      {HIGHLIGHT_COLORS.map((color: HighlightColor) => (
        <button
          key={color}
          type="button"
          className={`swatch swatch-${color}`}
          aria-label={`Highlight ${color}`}
          title={`Highlight ${color}${color === 'yellow' ? ' (H)' : ''}`}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => void highlightSelection(color)}
        />
      ))}
    </div>
  );
}
