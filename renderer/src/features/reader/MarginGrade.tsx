/**
 * A graded highlight's badge ("B2") in the reader's left margin, on the line where the highlight
 * starts. Absolutely placed against the text column (left) but left at its place in the flow
 * (top), so it follows the line without measuring; never selectable, never part of the text's
 * offsets (it carries no `data-start`).
 */
import { gradeLabel, type Highlight } from '../../../../electron/contract';
import { GradeBadge } from '../../components/GradeBadge';

export function MarginGrades({ highlights }: { highlights: readonly Highlight[] }) {
  const graded = highlights.filter((h) => gradeLabel(h) !== null);
  if (graded.length === 0) return null;
  return (
    <span className="margin-grades" data-grades-for={graded.map((h) => h.id).join(' ')}>
      {graded.map((h) => (
        <GradeBadge key={h.id} grade={h} />
      ))}
    </span>
  );
}
