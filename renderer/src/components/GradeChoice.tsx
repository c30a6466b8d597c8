/**
 * One Admiralty axis as a compact segmented choice (radio buttons, so arrow keys move between
 * grades): each grade's letter or digit shows, its standard wording is the hover text and part of
 * what a screen reader hears ("B — Usually reliable"). "–" clears the grade.
 */
import { useId } from 'react';
import './grading.css';

interface Props<T extends string | number> {
  legend: string;
  value: T | null;
  grades: readonly T[];
  wording: (grade: T) => string;
  onChange: (grade: T | null) => void;
  /** Beside the legend, e.g. a "?" that opens the grading help. */
  help?: React.ReactNode;
}

export function GradeChoice<T extends string | number>({ legend, value, grades, wording, onChange, help }: Props<T>) {
  const name = useId();
  const option = (grade: T | null, text: string, title: string) => (
    <label key={String(grade)} className="grade-option" title={title}>
      <input
        type="radio"
        name={name}
        checked={value === grade}
        onChange={() => {
          if (value !== grade) onChange(grade);
        }}
      />
      <span aria-hidden="true">{text}</span>
      <span className="visually-hidden">{title}</span>
    </label>
  );
  return (
    <fieldset className="grade-choice">
      <legend>
        {legend}
        {help}
      </legend>
      <div className="grade-options">
        {grades.map((grade) => option(grade, String(grade), `${grade} — ${wording(grade)}`))}
        {option(null, '–', 'Not graded')}
      </div>
    </fieldset>
  );
}
