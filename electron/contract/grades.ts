/**
 * The Admiralty (NATO) grading of evidence: a source's reliability A–F and a piece of
 * information's credibility 1–6, written together as "B2". The two axes are independent.
 * A lower letter or digit is a better grade; F and 6 mean "cannot be judged" and rank last.
 */
import { z } from 'zod';

export const Reliability = z.enum(['A', 'B', 'C', 'D', 'E', 'F'], {
  error: 'Source reliability is a letter from A (completely reliable) to F (cannot be judged)',
});
export type Reliability = z.infer<typeof Reliability>;

export const Credibility = z
  .number({ error: 'Information credibility is a digit from 1 (confirmed) to 6 (cannot be judged)' })
  .int('Information credibility is a digit from 1 (confirmed) to 6 (cannot be judged)')
  .min(1, 'Information credibility is a digit from 1 (confirmed) to 6 (cannot be judged)')
  .max(6, 'Information credibility is a digit from 1 (confirmed) to 6 (cannot be judged)');
export type Credibility = z.infer<typeof Credibility>;

export const RELIABILITY_WORDING: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITY_WORDING: Readonly<Record<number, string>> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

export const RELIABILITIES = Reliability.options;
export const CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const satisfies readonly Credibility[];

/** A passage's grade: its document's reliability and its own credibility, either possibly unknown. */
export interface Grade {
  reliability: Reliability | null;
  credibility: Credibility | null;
}

/** "B2", "B?" when only the source is graded, "?2" when only the passage is, null when neither. */
export function gradeLabel(grade: Grade): string | null {
  if (grade.reliability === null && grade.credibility === null) return null;
  return `${grade.reliability ?? '?'}${grade.credibility ?? '?'}`;
}

/** "B2 — source usually reliable; information probably true", for hover text and screen readers. */
export function gradeWording(grade: Grade): string {
  const source = grade.reliability
    ? `source ${RELIABILITY_WORDING[grade.reliability].toLowerCase()}`
    : 'source not graded';
  const information = grade.credibility
    ? `information ${(CREDIBILITY_WORDING[grade.credibility] ?? '').toLowerCase()}`
    : 'information not graded';
  const label = gradeLabel(grade);
  return `${label ? `${label} — ` : ''}${source}; ${information}`;
}

/** Reads "B2", "b 2" or "B-2" as a full grade; anything else is null. */
export function parseGrade(text: string): { reliability: Reliability; credibility: Credibility } | null {
  const match = /^\s*([A-Fa-f])\s*[-/]?\s*([1-6])\s*$/.exec(text);
  if (!match) return null;
  const [, letter = '', digit = ''] = match;
  return { reliability: letter.toUpperCase() as Reliability, credibility: Number(digit) };
}

/** Rank of a grade for ordering, lower is better; an unknown part ranks after every known one. */
function rank(grade: Grade): number {
  const letter = grade.reliability ? RELIABILITIES.indexOf(grade.reliability) : 6;
  const digit = grade.credibility ? grade.credibility - 1 : 6;
  return letter * 7 + digit;
}

/** The best and the worst of several passages' grades (an event's range), ungraded ones left out. */
export function gradeRange(grades: readonly Grade[]): { best: string; worst: string } | null {
  const known = grades.filter((g) => gradeLabel(g) !== null);
  if (known.length === 0) return null;
  const sorted = [...known].sort((a, b) => rank(a) - rank(b));
  const best = sorted[0];
  const worst = sorted[sorted.length - 1];
  if (!best || !worst) return null;
  return { best: gradeLabel(best) as string, worst: gradeLabel(worst) as string };
}

export type GradeOperator = '<' | '<=' | '=' | '>=' | '>';

/**
 * Whether a grade part passes a comparison where "<=" means "as good as or better than":
 * `reliability:<=B` keeps A and B. An ungraded part never passes.
 */
export function passes<T extends string | number>(
  value: T | null,
  op: GradeOperator,
  bound: T,
  order: readonly T[],
): boolean {
  if (value === null) return false;
  const a = order.indexOf(value);
  const b = order.indexOf(bound);
  if (a < 0 || b < 0) return false;
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '=':
      return a === b;
    case '>=':
      return a >= b;
    case '>':
      return a > b;
  }
}

/**
 * A threshold a view can hide passages under: "at least B3" keeps passages whose source is B or
 * better and whose information is 3 or better. Ungraded passages are hidden by any threshold.
 */
export interface GradeThreshold {
  reliability?: Reliability;
  credibility?: Credibility;
}

export function meetsThreshold(grade: Grade, threshold: GradeThreshold): boolean {
  if (threshold.reliability && !passes(grade.reliability, '<=', threshold.reliability, RELIABILITIES)) return false;
  if (threshold.credibility && !passes(grade.credibility, '<=', threshold.credibility, CREDIBILITIES)) return false;
  return true;
}
