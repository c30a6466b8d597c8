/**
 * The writer's input read from the library through the repositories (read only): a project's
 * documents with their stored text, its codebook, and its highlights with the ids of their tags.
 * Highlights flagged for review are left out and named, since their stored range may no longer
 * hold their quote, and another tool would show the wrong passage as coded.
 */
import type { Db } from '../db/open';
import { DocumentsRepo } from '../repos/documents-repo';
import { HighlightsRepo } from '../repos/highlights-repo';
import { TagsRepo } from '../repos/tags-repo';
import type { QdpxHighlight, QdpxInput } from './qdpx-model';

export interface QdpxScope {
  projectId: string;
  projectName: string;
  userName: string;
  exportedAt: string;
}

export interface QdpxStoreInput {
  input: QdpxInput;
  /** Ids of highlights left out because they need review. */
  needsReview: string[];
}

export function qdpxInputFromStore(db: Db, scope: QdpxScope): QdpxStoreInput {
  const documentsRepo = new DocumentsRepo(db, scope.projectId);
  const highlightsRepo = new HighlightsRepo(db, scope.projectId);
  const tagsRepo = new TagsRepo(db, scope.projectId);
  const tagsOf = new Map<string, string[]>();
  for (const coding of tagsRepo.codings(scope.projectId)) {
    tagsOf.set(coding.highlightId, [...(tagsOf.get(coding.highlightId) ?? []), coding.tagId]);
  }
  const needsReview: string[] = [];
  const highlights: QdpxHighlight[] = [];
  const documents = documentsRepo.list(scope.projectId).map((summary) => {
    for (const h of highlightsRepo.byDocument(summary.id)) {
      if (h.status !== 'anchored') {
        needsReview.push(h.id);
        continue;
      }
      const { id, documentId, start, end, quote, note, createdAt } = h;
      highlights.push({ id, documentId, start, end, quote, note, createdAt, tags: (tagsOf.get(id) ?? []).sort() });
    }
    return {
      id: summary.id,
      title: summary.title,
      text: documentsRepo.row(summary.id)?.text ?? '',
      importedAt: summary.importedAt,
    };
  });
  const tags = tagsRepo.rows(scope.projectId).map(({ id, name, parentId, color, description }) => ({
    id,
    name,
    parentId,
    color,
    description,
  }));
  const { projectName, userName, exportedAt } = scope;
  return { input: { projectName, userName, exportedAt, documents, tags, highlights }, needsReview };
}
