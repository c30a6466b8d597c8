/** The warning an event shows when its linked passages propose dates with no day in common. */
export function EventDisagreement({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p className="event-disagreement" role="note">
      <span aria-hidden="true">⚠</span> {text}
    </p>
  );
}
