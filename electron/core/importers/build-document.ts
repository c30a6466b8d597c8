/**
 * Assembles the stored form of a document: block texts joined by blank lines into one normalized
 * text, each block recording its [start, end) range of that text.
 */
import type { Block, BlockType } from '../../contract';

export interface DraftBlock {
  type: BlockType;
  text: string;
  level?: number;
  ordered?: boolean;
  /** 1-based page of a paged source (PDF), so a citation can name it. */
  page?: number;
}

export interface BuiltDocument {
  text: string;
  blocks: Block[];
}

export function buildDocument(drafts: readonly DraftBlock[]): BuiltDocument {
  let text = '';
  const blocks: Block[] = [];
  for (const draft of drafts) {
    const body = draft.text.replace(/[ \u00A0]+/g, ' ').trim();
    if (body.length === 0) continue;
    if (text.length > 0) text += '\n\n';
    const start = text.length;
    text += body;
    const block: Block = { type: draft.type, start, end: text.length };
    if (draft.level !== undefined) block.level = draft.level;
    if (draft.ordered !== undefined) block.ordered = draft.ordered;
    if (draft.page !== undefined) block.page = draft.page;
    blocks.push(block);
  }
  return { text, blocks };
}

export { countWords } from './word-count';
