/**
 * Pseudo-words for the search bench's corpus: English-looking words from a character-trigram model
 * trained on real text, each Zipf rank always giving the same word, so a synthetic vocabulary can
 * keep growing with the corpus the way names and rare words do in a news archive.
 */

/** mulberry32: small, fast and good enough to pick sentences. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A character-trigram model of English word shapes, trained on a vocabulary of real words. */
export class PseudoWords {
  private readonly next = new Map<string, { chars: string[]; cumulative: number[] }>();
  private readonly byRank = new Map<number, string>();

  /** `texts`: documents as sentences of words, e.g. the State of the Union addresses. */
  constructor(texts: string[][][]) {
    const counts = new Map<string, Map<string, number>>();
    const types = new Set<string>();
    for (const text of texts)
      for (const sentence of text) for (const w of sentence) types.add(w.toLowerCase().replace(/[^a-z]/g, ''));
    for (const word of types) {
      if (word.length < 3) continue;
      const padded = `^^${word}$`;
      for (let i = 2; i < padded.length; i++) {
        const context = padded.slice(i - 2, i);
        const followers = counts.get(context) ?? new Map<string, number>();
        followers.set(padded[i] as string, (followers.get(padded[i] as string) ?? 0) + 1);
        counts.set(context, followers);
      }
    }
    for (const [context, followers] of counts) {
      let total = 0;
      const chars: string[] = [];
      const cumulative: number[] = [];
      for (const [char, count] of followers) {
        chars.push(char);
        cumulative.push((total += count));
      }
      this.next.set(context, { chars, cumulative: cumulative.map((c) => c / total) });
    }
  }

  /** A fresh word drawn from the model with the given random source (4–12 letters). */
  make(random: () => number): string {
    for (;;) {
      let word = '^^';
      while (word.length < 14) {
        const model = this.next.get(word.slice(-2));
        if (!model) break;
        const r = random();
        const char = model.chars[model.cumulative.findIndex((c) => c >= r)] ?? '$';
        if (char === '$') break;
        word += char;
      }
      if (word.length >= 6) return word.slice(2);
    }
  }

  /** The word at a Zipf rank: always the same word for the same rank. */
  atRank(rank: number, salt: number): string {
    const key = rank * 8 + salt;
    let word = this.byRank.get(key);
    if (word === undefined) {
      word = this.make(seededRandom(Math.imul(rank, 2654435761) ^ (salt * 97531)));
      this.byRank.set(key, word);
    }
    return word;
  }
}

/** Continuous Zipf (exponent 1) over ranks 1..size: rank = (size + 1) ^ u. */
export const zipfRank = (random: () => number, size: number) => Math.floor(Math.pow(size + 1, random()));
