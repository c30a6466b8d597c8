/** Shown while files or folders are dragged over the window. */
import { useAppStore } from '../../store/app-store';

export function DropOverlay() {
  const dragging = useAppStore((s) => s.dragging);
  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-card">Drop files or folders to import them</div>
    </div>
  );
}
