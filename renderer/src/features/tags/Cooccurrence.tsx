/** Pairs of tags on the same passage, most frequent first; a pair opens the passages carrying both. */
import type { TagSummary } from '../../../../electron/contract';
import type { PassageQuery, Pairs } from './codebook-queries';

interface Props {
  tags: readonly TagSummary[];
  pairs: Pairs;
  onOpen: (query: PassageQuery) => void;
}

export function Cooccurrence({ tags, pairs, onOpen }: Props) {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const named = pairs
    .map((pair) => ({ ...pair, a: byId.get(pair.a), b: byId.get(pair.b) }))
    .filter((pair): pair is { a: TagSummary; b: TagSummary; count: number } => !!pair.a && !!pair.b)
    // Each pair reads in name order, whatever order the core's ids put it in.
    .map((pair) => (pair.a.name.localeCompare(pair.b.name) > 0 ? { ...pair, a: pair.b, b: pair.a } : pair))
    .sort((x, y) => y.count - x.count || x.a.name.localeCompare(y.a.name) || x.b.name.localeCompare(y.b.name));
  if (named.length === 0) {
    return (
      <p className="panel-hint">No passage carries two tags yet. Give a passage a second tag to see pairs here.</p>
    );
  }
  return (
    <table className="cooccurrence">
      <caption className="visually-hidden">Tags found together on a passage</caption>
      <thead>
        <tr>
          <th scope="col">Tag</th>
          <th scope="col">With tag</th>
          <th scope="col">Passages</th>
        </tr>
      </thead>
      <tbody>
        {named.map(({ a, b, count }) => (
          <tr key={`${a.id} ${b.id}`}>
            <td>
              <TagName tag={a} />
            </td>
            <td>
              <TagName tag={b} />
            </td>
            <td>
              <button
                type="button"
                className="matrix-cell"
                aria-label={`${count} ${count === 1 ? 'passage' : 'passages'} with “${a.name}” and “${b.name}”`}
                onClick={() => onOpen({ title: `Both “${a.name}” and “${b.name}”`, id: a.id, with: b.id, exact: true })}
              >
                {count}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TagName({ tag }: { tag: TagSummary }) {
  return (
    <span className="tag-inline">
      <span className="tag-swatch" aria-hidden="true" style={tag.color ? { background: tag.color } : undefined} />
      {tag.name}
    </span>
  );
}
