/**
 * Grades as typed on the command line (`--grade B2`, `--reliability B`, `--credibility 2`, `none`
 * to clear), read into the contract's values; a value that is not a grade is refused with the
 * Admiralty scale spelled out, so the analyst does not have to look it up.
 */
import { CREDIBILITY_WORDING, RELIABILITY_WORDING, type Credibility, type Reliability } from '../../contract';
import { CommandError } from '../io';

const RELIABILITY_HELP = 'a letter from A (completely reliable) to F (cannot be judged)';
const CREDIBILITY_HELP = 'a digit from 1 (confirmed by other sources) to 6 (cannot be judged)';

/** `--reliability B` (any case) or `none`, which clears the grade. */
export function readReliability(value: string): Reliability | null {
  const text = value.trim();
  if (text.toLowerCase() === 'none') return null;
  if (/^[A-Fa-f]$/.test(text)) return text.toUpperCase() as Reliability;
  throw new CommandError(`--reliability “${value}”: source reliability is ${RELIABILITY_HELP}, or none to clear it`);
}

/** `--credibility 2` or `none`, which clears the grade. */
export function readCredibility(value: string): Credibility | null {
  const text = value.trim();
  if (text.toLowerCase() === 'none') return null;
  if (/^[1-6]$/.test(text)) return Number(text);
  throw new CommandError(
    `--credibility “${value}”: information credibility is ${CREDIBILITY_HELP}, or none to clear it`,
  );
}

/** `--grade B2` (or b2, B-2) or `--grade 2`: the passage's credibility, with its source's letter if given. */
export function readGrade(value: string): { reliability: Reliability | null; credibility: Credibility } {
  const match = /^\s*([A-Fa-f])?\s*[-/]?\s*([1-6])\s*$/.exec(value);
  if (!match) {
    throw new CommandError(
      `--grade “${value}”: write the source's letter and the passage's digit, as in --grade B2, or the digit ` +
        `alone (--grade 2); the letter is ${RELIABILITY_HELP}, the digit ${CREDIBILITY_HELP}`,
    );
  }
  const [, letter, digit = ''] = match;
  return {
    reliability: letter ? (letter.toUpperCase() as Reliability) : null,
    credibility: Number(digit),
  };
}

/** "B (usually reliable)", for messages. */
export function describeReliability(reliability: Reliability): string {
  return `${reliability} (${RELIABILITY_WORDING[reliability].toLowerCase()})`;
}

/** "2 (probably true)", for messages. */
export function describeCredibility(credibility: Credibility): string {
  return `${credibility} (${(CREDIBILITY_WORDING[credibility] ?? '').toLowerCase()})`;
}
