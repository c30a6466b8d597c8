/**
 * Copies documents from one project into another: text, blocks and metadata (reliability and
 * content hash included), and with `withHighlights` their highlights (anchors, notes, colours,
 * grades, status), their tags by name (a tag the target lacks is created there with its colour,
 * description and parent chain; pins stay behind, as the target's digit keys are its own) and the
 * corroboration links between highlights copied together. Timeline events are not copied: an event
 * is the project's reading of its sources, and it may cite passages of documents left behind.
 *
 * Everything is read and checked before anything is written, so an id the source project does not
 * hold fails the call with nothing written. The target's rows go in one `mutate` (one step in the
 * target's undo history); a move then deletes the originals in one `mutate` of the source (one step
 * in its history). A document already in the target (same content hash) is skipped, never
 * duplicated, and a move leaves a skipped document where it is, so nothing can be lost.
 */
import type { MethodInput } from '../../contract';
import { DossierFailure } from '../errors';
import type { DocumentRow } from '../repos/documents-repo';
import { ProjectsRepo } from '../repos/projects-repo';
import type { Writer } from '../repos/writer';
import { removeHighlight } from './annotation-service';
import type { Context } from './context';

export interface CopyResult {
  copied: number;
  skipped: number;
  highlights: number;
}

export function copyDocuments(
  from: Context,
  to: Context,
  input: Omit<MethodInput<'documents.copy'>, 'toProject'>,
): CopyResult {
  const documents = [...new Set(input.ids)].map((id) => {
    const row = from.repos.documents.row(id);
    if (!row) {
      throw new DossierFailure(
        'not_found',
        `There is no document “${id}” in “${projectName(from)}”; nothing was copied.`,
      );
    }
    return row;
  });
  const present = to.repos.documents.byHashes(documents.map((d) => d.content_hash));
  const fresh = documents.filter((d) => !present.has(d.content_hash));
  const skipped = documents.length - fresh.length;
  if (fresh.length === 0) return { copied: 0, skipped, highlights: 0 };

  const what = fresh.length === 1 ? `“${fresh[0]?.title}”` : `${fresh.length} documents`;
  const highlights = to.mutate(`Copy ${what} from “${projectName(from)}”`, (w) => {
    const copier = new RowCopier(from, to, w);
    for (const doc of fresh) copier.document(doc, input.withHighlights === true);
    copier.links();
    return copier.highlightCount;
  });
  if (input.move) {
    from.mutate(`Move ${what} to “${projectName(to)}”`, (w) => {
      for (const doc of fresh) {
        for (const id of from.repos.highlights.idsByDocument(doc.id)) removeHighlight(from, w, id);
        w.delete('documents', { id: doc.id });
      }
    });
  }
  return { copied: fresh.length, skipped, highlights };
}

function projectName(ctx: Context): string {
  return new ProjectsRepo(ctx.db).get(ctx.projectId, true)?.name ?? ctx.projectId;
}

/** Writes the copies through the target's writer, remembering which source id became which new id. */
class RowCopier {
  private readonly highlightIds = new Map<string, string>();
  private readonly tagIds = new Map<string, string>();

  constructor(
    private readonly from: Context,
    private readonly to: Context,
    private readonly w: Writer,
  ) {}

  get highlightCount(): number {
    return this.highlightIds.size;
  }

  document(doc: DocumentRow, withHighlights: boolean): void {
    const id = this.to.newId();
    const now = this.to.now();
    // The whole row as read (every column, later ones too), under a new id, in the target project.
    this.w.insert('documents', { ...doc, id, project_id: this.to.projectId, imported_at: now, updated_at: now });
    if (!withHighlights) return;
    for (const highlightId of this.from.repos.highlights.idsByDocument(doc.id)) {
      const highlight = this.from.repos.highlights.row(highlightId);
      if (!highlight) continue;
      const copyId = this.to.newId();
      this.w.insert('highlights', { ...highlight, id: copyId, project_id: this.to.projectId, document_id: id });
      this.highlightIds.set(highlightId, copyId);
      for (const tagId of this.from.repos.highlights.links(highlightId).tagIds) {
        this.w.insert('highlight_tags', { highlight_id: copyId, tag_id: this.tag(tagId) });
      }
    }
  }

  /** Corroboration links whose two ends were both copied, each once (read from its `from` end). */
  links(): void {
    for (const [sourceId, copyId] of this.highlightIds) {
      for (const link of this.from.repos.highlights.corroboration(sourceId)) {
        const toCopy = this.highlightIds.get(link.to_id);
        if (link.from_id !== sourceId || !toCopy) continue;
        const original = this.w.get('highlight_links', { from_id: link.from_id, to_id: link.to_id });
        this.w.insert('highlight_links', {
          from_id: copyId,
          to_id: toCopy,
          kind: link.kind,
          created_at: original?.created_at ?? this.to.now(),
        });
      }
    }
  }

  /** The target's tag of the same name (any case), created there with its parent chain when missing. */
  private tag(sourceId: string): string {
    const known = this.tagIds.get(sourceId);
    if (known) return known;
    const tag = this.from.repos.tags.row(sourceId);
    if (!tag) throw new Error(`Tag ${sourceId} of a copied highlight is not in its project`);
    let id = this.to.repos.tags.byName(this.to.projectId, tag.name)?.id;
    if (!id) {
      const parentId = tag.parentId ? this.tag(tag.parentId) : null;
      id = this.to.newId();
      this.w.insert('tags', {
        id,
        project_id: this.to.projectId,
        name: tag.name,
        created_at: this.to.now(),
        parent_id: parentId,
        color: tag.color,
        description: tag.description,
        pin: null,
      });
    }
    this.tagIds.set(sourceId, id);
    return id;
  }
}
