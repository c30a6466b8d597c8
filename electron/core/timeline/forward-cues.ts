/**
 * Whether a date expression points forward from the reference date. News text dates events in the
 * past ("on Monday" is the Monday just gone), so a date resolved against the reference is never
 * after it unless the text itself says so: "next", "until", "by", "through", or a future tense in
 * the clause before the date ("the council will vote on Monday", "is due to report on Friday").
 * Only the words before the date in its own clause count, so "said on Monday it will …" stays past.
 */

/** The expression itself looks ahead: "next Monday", "this coming week", "upcoming June". */
const OWN = /^(?:next|coming|this\s+coming|upcoming)\b/i;
/** The word just before it: "until March", "by Friday", "by the end of the year". */
const JUST_BEFORE = /\b(?:until|till|by|through|next|coming|upcoming)\s+(?:(?:the|this|on)\s+)?$/i;
/** A future tense earlier in the same clause. */
const FUTURE =
  /\b(?:will|shall|won[’']t)\b|[’']ll\b|\b(?:due|scheduled|slated|set)\s+(?:to|for)\b|\b(?:plans?|intends?)\s+to\b/i;
/** Where a clause starts, looking back from the date. */
const CLAUSE_BREAK = /[.!?;,:\n“”"(]/;
const LOOK_BACK = 100;

export function isForward(text: string, start: number, end: number): boolean {
  if (OWN.test(text.slice(start, end))) return true;
  const before = text.slice(Math.max(0, start - LOOK_BACK), start);
  if (JUST_BEFORE.test(before)) return true;
  let clauseStart = before.length;
  while (clauseStart > 0 && !CLAUSE_BREAK.test(before[clauseStart - 1] ?? '')) clauseStart--;
  return FUTURE.test(before.slice(clauseStart));
}
