/**
 * The Admiralty grade as a compact badge: "B2" for a passage ("B?" or "?2" when half graded,
 * nothing when neither), "B2–D4" for an event's range. The standard wording is its hover text and
 * what a screen reader hears, so the letters never stand alone.
 */
import {
  CREDIBILITIES,
  RELIABILITIES,
  gradeLabel,
  gradeWording,
  type Credibility,
  type Grade,
  type Reliability,
} from '../../../electron/contract';
import './grading.css';

export function GradeBadge({ grade }: { grade: Grade }) {
  const label = gradeLabel(grade);
  if (!label) return null;
  const wording = gradeWording(grade);
  return (
    <span className="grade-badge" role="img" aria-label={`Grade ${wording}`} title={wording} data-grade={label}>
      {label}
    </span>
  );
}

/** Reads a label back ("B2", "B?", "?2") into its parts, for the wording. */
export function gradeOfLabel(label: string): Grade {
  const letter = label.charAt(0) as Reliability;
  const digit: Credibility = Number(label.charAt(1));
  return {
    reliability: RELIABILITIES.includes(letter) ? letter : null,
    credibility: (CREDIBILITIES as readonly number[]).includes(digit) ? digit : null,
  };
}

/** An event's grades: one badge when its passages agree, else "best–worst". */
export function GradeRangeBadge({ range }: { range: { best: string; worst: string } | null }) {
  if (!range) return null;
  if (range.best === range.worst) return <GradeBadge grade={gradeOfLabel(range.best)} />;
  const wording = `Grades ${range.best} to ${range.worst}: best ${gradeWording(gradeOfLabel(range.best))}; worst ${gradeWording(gradeOfLabel(range.worst))}`;
  const label = `${range.best}–${range.worst}`;
  return (
    <span className="grade-badge" role="img" aria-label={wording} title={wording} data-grade={label}>
      {label}
    </span>
  );
}
