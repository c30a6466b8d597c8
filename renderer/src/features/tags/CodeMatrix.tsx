/**
 * Code × document: a row per tag (tree order, indented), a column per document; a cell counts the
 * tag's passages in that document ("2 · 5" when its sub-tags add some) and opens them.
 */
import type { DocumentId, TagId } from '../../../../electron/contract';
import type { Matrix, PassageQuery } from './codebook-queries';
import type { TreeRow } from './tag-tree';

interface Props {
  rows: readonly TreeRow[];
  matrix: Matrix;
  onOpen: (query: PassageQuery) => void;
}

const passages = (n: number): string => `${n} ${n === 1 ? 'passage' : 'passages'}`;

export function CodeMatrix({ rows, matrix, onOpen }: Props) {
  const cells = new Map(matrix.cells.map((cell) => [`${cell.tagId} ${cell.documentId}`, cell]));
  const cell = (tagId: TagId, documentId: DocumentId) => cells.get(`${tagId} ${documentId}`);
  if (matrix.documents.length === 0) return <p className="panel-hint">There are no documents yet.</p>;
  return (
    <div className="matrix-scroll">
      <table className="code-matrix">
        <caption className="visually-hidden">Passages per tag and document</caption>
        <thead>
          <tr>
            <th scope="col">Tag</th>
            {matrix.documents.map((doc) => (
              <th key={doc.id} scope="col" title={doc.title}>
                <span className="matrix-doc">{doc.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.tag.id}>
              <th scope="row" style={{ paddingLeft: `${6 + row.depth * 14}px` }}>
                <span
                  className="tag-swatch"
                  aria-hidden="true"
                  style={row.tag.color ? { background: row.tag.color } : undefined}
                />
                {row.tag.name}
              </th>
              {matrix.documents.map((doc) => {
                const found = cell(row.tag.id, doc.id);
                if (!found || found.totalCount === 0) {
                  return (
                    <td key={doc.id} className="matrix-empty">
                      <span aria-hidden="true">·</span>
                    </td>
                  );
                }
                const more = found.totalCount > found.count;
                return (
                  <td key={doc.id}>
                    <button
                      type="button"
                      className="matrix-cell"
                      style={{ ['--weight' as string]: String(Math.min(1, found.totalCount / 6)) }}
                      aria-label={`“${row.tag.name}” in “${doc.title}”: ${passages(found.count)}${more ? `, ${found.totalCount} with sub-tags` : ''}`}
                      onClick={() =>
                        onOpen({ title: `“${row.tag.name}” in “${doc.title}”`, id: row.tag.id, documentId: doc.id })
                      }
                    >
                      {found.count}
                      {more ? <span className="matrix-total"> · {found.totalCount}</span> : null}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
