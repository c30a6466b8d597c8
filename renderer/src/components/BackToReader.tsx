/** The "← Reader" button at the head of each main view (Timeline, Tags, Brief); Esc does the same. */
export function BackToReader({ onBack }: { onBack: () => void }) {
  return (
    <button type="button" className="button-quiet" onClick={onBack} title="Back to the reader (Esc)">
      ← Reader
    </button>
  );
}
