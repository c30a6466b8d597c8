/** "Passages with tag A and not tag B" (each with its sub-tags): two pickers; the list shows below. */
import { useId, useState } from 'react';
import type { TagId, TagSummary } from '../../../../electron/contract';
import type { PassageQuery } from './codebook-queries';
import { treeRows } from './tag-tree';

interface Props {
  tags: readonly TagSummary[];
  onOpen: (query: PassageQuery) => void;
}

export function TagDifference({ tags, onOpen }: Props) {
  const [a, setA] = useState<string>(tags[0]?.id ?? '');
  const [b, setB] = useState<string>(tags[1]?.id ?? '');
  const rows = treeRows(tags);
  const withId = useId();
  const withoutId = useId();
  const name = (id: string) => tags.find((t) => t.id === id)?.name ?? '';
  const show = () => {
    if (!a) return;
    onOpen({
      title: b && b !== a ? `“${name(a)}” and not “${name(b)}”` : `“${name(a)}”`,
      id: a as TagId,
      ...(b && b !== a ? { without: b as TagId } : {}),
    });
  };
  const options = rows.map((row) => (
    <option key={row.tag.id} value={row.tag.id}>
      {`${'\u00a0\u00a0'.repeat(row.depth)}${row.tag.name}`}
    </option>
  ));
  return (
    <form
      className="tag-difference"
      onSubmit={(event) => {
        event.preventDefault();
        show();
      }}
    >
      <div className="tag-difference-field">
        <label htmlFor={withId}>Passages with</label>
        <select id={withId} value={a} onChange={(event) => setA(event.target.value)}>
          {options}
        </select>
      </div>
      <div className="tag-difference-field">
        <label htmlFor={withoutId}>and not</label>
        <select id={withoutId} value={b} onChange={(event) => setB(event.target.value)}>
          <option value="">(no other tag)</option>
          {options}
        </select>
      </div>
      <button type="submit" className="button-primary" disabled={!a}>
        Show passages
      </button>
    </form>
  );
}
