/**
 * A REFI-QDA project (.qdpx, as QualCoder writes it) as a new Dossier project: each text source a
 * document (stored as a .txt import would store it), its coded selections highlights on the same
 * text, its codes tags (the tree, colours, descriptions), each coding a tag on its highlight.
 * Planned whole before the project is created, then written in one change set.
 */
import { randomUUID } from 'node:crypto';
import { cleanLine, cleanText, truncate } from '../../contract';
import { describe } from '../anchoring/selector';
import type { CodebookEntry } from '../codebook/exchange-entry';
import { MAX_TAG_NAME, planImport, type PlanTag } from '../codebook/import-plan';
import type { StorableDocument } from '../importers/storable-document';
import { shorten } from '../importers/title';
import type { QdpxCode, QdpxProject } from '../qdpx/qdpx-model';
import type { Writer } from '../repos/writer';
import { reportedTables, type TableCounts } from './bundle-merge';
import { insertPlannedTag } from './codebook-exchange-service';
import type { Context } from './context';
import { insertDocument } from './library-service';
import { sourceDocument } from './qdpx-import-text';

interface PlannedHighlight {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  note: string;
  tagIds: Set<string>;
}

interface PlannedSource {
  doc: StorableDocument;
  /** By range, so codings of the same text end up on one highlight. */
  highlights: Map<string, PlannedHighlight>;
}

export interface QdpxPlan {
  sources: PlannedSource[];
  /** Parents before their children. */
  tags: PlanTag[];
  warnings: string[];
  /** Sources not imported, each with the reason. */
  skipped: string[];
}

/** A tag name as the codebook import stores it (import-plan.ts), in the case it is matched in. */
function tagKey(name: string): string {
  const clean = cleanLine(name).trim().replace(/\s+/g, ' ');
  return (clean.length <= MAX_TAG_NAME ? clean : truncate(clean, MAX_TAG_NAME).trimEnd()).toLowerCase();
}

const KNOWN_EXTENSION = /\.(txt|text|docx?|odt|rtf|pdf|md|html?)$/i;
const whiteless = (text: string) => text.replace(/\s+/g, '');

export function planQdpxImport(project: QdpxProject): QdpxPlan {
  const warnings: string[] = [];
  const skipped = project.skipped.map((s) => `“${s.name}” was not imported: ${s.reason}.`);

  const entries: CodebookEntry[] = [];
  const walk = (codes: readonly QdpxCode[], parent: string | null) => {
    for (const code of codes) {
      const where = `code “${cleanLine(code.name).trim()}”`;
      entries.push({ name: code.name, parent, color: code.color ?? '', description: code.description, where });
      walk(code.children, code.name);
    }
  };
  walk(project.codes, null);
  const codebook = planImport([], entries, randomUUID);
  warnings.push(...codebook.warnings);
  const tagByKey = new Map(codebook.inserts.map((tag) => [tag.name.toLowerCase(), tag.id]));
  const tagOfCode = new Map<string, string>();
  const mapCodes = (codes: readonly QdpxCode[]) =>
    codes.forEach((code) => {
      const id = tagByKey.get(tagKey(code.name));
      if (id !== undefined) tagOfCode.set(code.guid, id);
      mapCodes(code.children);
    });
  mapCodes(project.codes);

  const byHash = new Map<string, PlannedSource>();
  for (const source of project.sources) {
    const name = cleanLine(source.name).trim() || 'source';
    const built = sourceDocument(
      source.text,
      source.selections.flatMap((s) => [s.start, s.end]),
    );
    if (!built) {
      skipped.push(`“${name}” was not imported: it holds no text.`);
      continue;
    }
    let planned = byHash.get(built.contentHash);
    if (planned) {
      warnings.push(`“${name}” has the same text as “${planned.doc.title}”; its codings were added to that document.`);
    } else {
      planned = { doc: storable(name, built), highlights: new Map() };
      byHash.set(built.contentHash, planned);
    }
    let empty = 0;
    let changed = 0;
    for (const selection of source.selections) {
      const at = (offset: number) => built.offsets.get(offset) ?? 0;
      const selector = describe(built.text, at(selection.start), at(selection.end));
      if (!selector) {
        empty += 1;
        continue;
      }
      const original = source.text.slice(selection.start, selection.end);
      if (whiteless(cleanText(original)) !== whiteless(selector.quote)) changed += 1;
      const key = `${selector.start}:${selector.end}`;
      const tagIds = selection.codes.flatMap((guid) => tagOfCode.get(guid) ?? []);
      const note = cleanText(selection.note).trim();
      const same = planned.highlights.get(key);
      if (!same) {
        planned.highlights.set(key, { ...selector, note, tagIds: new Set(tagIds) });
        continue;
      }
      for (const id of tagIds) same.tagIds.add(id);
      if (note && !same.note.split('\n\n').includes(note)) same.note = same.note ? `${same.note}\n\n${note}` : note;
    }
    if (empty > 0) {
      warnings.push(
        `${count(empty, 'coded selection')} in “${name}” held only white space and ${empty === 1 ? 'was' : 'were'} not imported.`,
      );
    }
    if (changed > 0) {
      warnings.push(
        `${count(changed, 'coded selection')} in “${name}” took in list markers or line breaks the imported text leaves out; ${changed === 1 ? 'its quote differs' : 'their quotes differ'} from the source there.`,
      );
    }
  }
  return { sources: [...byHash.values()], tags: codebook.inserts, warnings, skipped };
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

function storable(name: string, built: NonNullable<ReturnType<typeof sourceDocument>>): StorableDocument {
  return {
    fileName: name,
    format: 'text',
    title: shorten(name.replace(KNOWN_EXTENSION, '')) || name,
    author: null,
    source: null,
    publishedDate: null,
    url: null,
    language: null,
    text: built.text,
    blocksJson: JSON.stringify(built.blocks),
    wordCount: built.wordCount,
    contentHash: built.contentHash,
    warnings: [],
  };
}

/** Writes the plan into the (new) project of `ctx`, inside its `mutate`. */
export function writeQdpxPlan(
  plan: QdpxPlan,
  ctx: Context,
  w: Writer,
): { added: TableCounts; unchanged: TableCounts; warnings: string[] } {
  const added = Object.fromEntries(reportedTables.map((table) => [table, 0])) as TableCounts;
  const unchanged = { ...added };
  const now = ctx.now();
  for (const tag of plan.tags) {
    insertPlannedTag(ctx, w, tag, now);
    added.tags += 1;
  }
  for (const source of plan.sources) {
    const documentId = insertDocument(ctx, w, source.doc);
    added.documents += 1;
    for (const h of source.highlights.values()) {
      const id = ctx.newId();
      w.insert('highlights', {
        id,
        project_id: ctx.projectId,
        document_id: documentId,
        start_offset: h.start,
        end_offset: h.end,
        quote: h.quote,
        prefix: h.prefix,
        suffix: h.suffix,
        color: 'yellow',
        note: h.note,
        status: 'anchored',
        credibility: null,
        created_at: now,
        updated_at: now,
      });
      added.highlights += 1;
      for (const tagId of h.tagIds) {
        w.insert('highlight_tags', { highlight_id: id, tag_id: tagId });
        added.highlight_tags += 1;
      }
    }
  }
  return { added, unchanged, warnings: plan.warnings };
}
