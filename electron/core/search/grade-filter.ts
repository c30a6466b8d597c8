/**
 * The grade filters of the query language: `grade:B2`, `reliability:<=B`, `credibility:<=3`.
 * A comparison reads as the Admiralty scale does, lower is better: "<=" keeps the bound and what
 * is better than it, so `reliability:<=B` keeps A and B. `grade:` compares both parts at once
 * (`grade:<=B2` keeps B or better carrying 2 or better). A value that is not a grade is a query
 * error that spells out the scale.
 */
import {
  CREDIBILITIES,
  passes,
  RELIABILITIES,
  type Credibility,
  type GradeOperator,
  type Reliability,
} from '../../contract';
import { DossierFailure } from '../errors';

export interface Comparison<T> {
  op: GradeOperator;
  value: T;
}

export interface GradeFilters {
  /** The document's source reliability, A–F. */
  reliability: Comparison<Reliability>[];
  /** The passage's information credibility, 1–6. */
  credibility: Comparison<Credibility>[];
}

export type GradeField = 'grade' | 'reliability' | 'credibility';

const OPERATOR = /^(<=|>=|<|>|=)?\s*(.*)$/su;

/** Reads one `grade:`, `reliability:` or `credibility:` value (operator included) into `into`. */
export function addGradeFilter(field: GradeField, value: string, into: GradeFilters): void {
  const [, op = '=', rest = ''] = OPERATOR.exec(value) ?? [];
  const operator = op as GradeOperator;
  if (field === 'reliability') {
    if (!/^[A-Fa-f]$/.test(rest)) throw gradeError(field, value);
    into.reliability.push({ op: operator, value: rest.toUpperCase() as Reliability });
  } else if (field === 'credibility') {
    if (!/^[1-6]$/.test(rest)) throw gradeError(field, value);
    into.credibility.push({ op: operator, value: Number(rest) });
  } else {
    const match = /^([A-Fa-f])-?([1-6])$/.exec(rest);
    if (!match) throw gradeError(field, value);
    into.reliability.push({ op: operator, value: (match[1] ?? '').toUpperCase() as Reliability });
    into.credibility.push({ op: operator, value: Number(match[2]) });
  }
}

/** Whether a reliability passes every comparison; an ungraded source never passes one. */
export function reliabilityPasses(value: Reliability | null, comparisons: readonly Comparison<Reliability>[]): boolean {
  return comparisons.every((c) => passes(value, c.op, c.value, RELIABILITIES));
}

/** Whether a credibility passes every comparison; an ungraded passage never passes one. */
export function credibilityPasses(value: Credibility | null, comparisons: readonly Comparison<Credibility>[]): boolean {
  return comparisons.every((c) => passes(value, c.op, c.value, CREDIBILITIES));
}

const SCALE: Record<GradeField, string> = {
  reliability:
    'reliability is a letter A–F (A completely reliable … E unreliable, F cannot be judged), as in reliability:<=B',
  credibility:
    'credibility is a digit 1–6 (1 confirmed by other sources … 5 improbable, 6 cannot be judged), as in credibility:<=3',
  grade:
    'a grade is a letter A–F (the source) and a digit 1–6 (the information), as in grade:B2; grade:<=B2 keeps B2 and better',
};

/** Said when the value is missing altogether. */
export const EMPTY_GRADE: Record<GradeField, string> = {
  reliability: 'Write a letter A–F right after reliability:, with no space, as in reliability:<=B.',
  credibility: 'Write a digit 1–6 right after credibility:, with no space, as in credibility:<=3.',
  grade: 'Write a grade right after grade:, with no space, as in grade:B2.',
};

function gradeError(field: GradeField, value: string): DossierFailure {
  return new DossierFailure('invalid_query', `Dossier cannot read “${field}:${value}”: ${SCALE[field]}.`);
}
