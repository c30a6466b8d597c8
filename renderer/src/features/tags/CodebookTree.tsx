/**
 * The codebook as an ARIA tree: one row per visible tag (flat DOM, with aria-level, posinset and
 * setsize), a roving tabindex, arrow keys to move, expand and collapse, F2 or Enter to rename in
 * place, Delete to ask to delete. Rows drag onto other rows to re-parent, or onto "Top level".
 */
import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { TagId, TagSummary } from '../../../../electron/contract';
import { countLabel, subtreeIds, visibleRows, type TreeRow } from './tag-tree';

interface Props {
  tags: readonly TagSummary[];
  rows: readonly TreeRow[];
  selectedId: TagId | null;
  collapsed: ReadonlySet<TagId>;
  renamingId: TagId | null;
  onSelect: (id: TagId) => void;
  onToggle: (id: TagId, expand: boolean) => void;
  onRename: (id: TagId | null) => void;
  onRenamed: (tag: TagSummary, name: string) => void;
  onMove: (tag: TagSummary, parent: TagSummary | null) => void;
  onDelete: (tag: TagSummary) => void;
}

const DRAG_TYPE = 'application/x-dossier-tag';

export function CodebookTree(props: Props) {
  const { tags, rows, selectedId, collapsed } = props;
  const shown = visibleRows(rows, collapsed);
  const list = useRef<HTMLUListElement>(null);
  const [dragged, setDragged] = useState<TagId | null>(null);
  const [dropTarget, setDropTarget] = useState<TagId | 'top' | null>(null);
  const focusedId = shown.some((row) => row.tag.id === selectedId) ? selectedId : (shown[0]?.tag.id ?? null);

  const focusRow = (id: TagId) => {
    props.onSelect(id);
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-tag-id="${id}"]`)?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, row: TreeRow, index: number) => {
    if (event.target !== event.currentTarget) return;
    const id = row.tag.id;
    const expanded = row.hasChildren && !collapsed.has(id);
    const go = (target: TreeRow | undefined) => target && focusRow(target.tag.id);
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(shown[index + 1]),
      ArrowUp: () => go(shown[index - 1]),
      Home: () => go(shown[0]),
      End: () => go(shown.at(-1)),
      ArrowRight: () => (expanded ? go(shown[index + 1]) : row.hasChildren && props.onToggle(id, true)),
      ArrowLeft: () => (expanded ? props.onToggle(id, false) : go(shown.find((r) => r.tag.id === row.tag.parentId))),
      F2: () => props.onRename(id),
      Enter: () => props.onRename(id),
      Delete: () => props.onDelete(row.tag),
    };
    const run = keys[event.key];
    if (!run || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    event.stopPropagation();
    run();
  };

  const canDrop = (target: TagId | null): boolean => {
    if (!dragged) return false;
    const tag = tags.find((t) => t.id === dragged);
    if (!tag || (target ?? null) === tag.parentId) return false;
    return target === null || !subtreeIds(tags, dragged).has(target);
  };

  const dropHandlers = (target: TagId | null) => ({
    onDragOver: (event: DragEvent) => {
      if (!canDrop(target)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      setDropTarget(target ?? 'top');
    },
    onDragLeave: () => setDropTarget((current) => (current === (target ?? 'top') ? null : current)),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      const tag = tags.find((t) => t.id === (event.dataTransfer.getData(DRAG_TYPE) || dragged));
      setDragged(null);
      setDropTarget(null);
      if (tag) props.onMove(tag, tags.find((t) => t.id === target) ?? null);
    },
  });

  return (
    <div className="codebook-tree">
      <ul className="tag-tree" role="tree" aria-label="Codebook" ref={list}>
        {shown.map((row, index) => {
          const { tag } = row;
          const expanded = row.hasChildren ? !collapsed.has(tag.id) : undefined;
          return (
            <li
              key={tag.id}
              role="treeitem"
              data-tag-id={tag.id}
              aria-label={tag.name}
              aria-description={`${countLabel(tag.count, tag.totalCount)} passages${tag.pin ? `, pinned to ${tag.pin}` : ''}`}
              aria-level={row.depth + 1}
              aria-posinset={row.position}
              aria-setsize={row.siblings}
              aria-expanded={expanded}
              aria-selected={tag.id === selectedId}
              tabIndex={tag.id === focusedId ? 0 : -1}
              className={`tag-row${dropTarget === tag.id ? ' drop-target' : ''}`}
              style={{ paddingLeft: `${8 + row.depth * 18}px` }}
              draggable={props.renamingId !== tag.id}
              onDragStart={(event) => {
                event.dataTransfer.setData(DRAG_TYPE, tag.id);
                event.dataTransfer.effectAllowed = 'move';
                setDragged(tag.id);
              }}
              onDragEnd={() => {
                setDragged(null);
                setDropTarget(null);
              }}
              {...dropHandlers(tag.id)}
              onClick={() => props.onSelect(tag.id)}
              onDoubleClick={() => props.onRename(tag.id)}
              onKeyDown={(event) => onKeyDown(event, row, index)}
            >
              <span
                className="tag-toggle"
                aria-hidden="true"
                onClick={(event) => {
                  event.stopPropagation();
                  if (row.hasChildren) props.onToggle(tag.id, collapsed.has(tag.id));
                }}
              >
                {row.hasChildren ? (expanded ? '▾' : '▸') : ''}
              </span>
              <span
                className="tag-swatch"
                aria-hidden="true"
                style={tag.color ? { background: tag.color } : undefined}
              />
              {props.renamingId === tag.id ? (
                <RenameInput tag={tag} onDone={(name) => finishRename(props, tag, name)} />
              ) : (
                <span className="tag-name">{tag.name}</span>
              )}
              <span className="tag-count count">{countLabel(tag.count, tag.totalCount)}</span>
              {tag.pin ? (
                <span className="tag-pin" title={`Pinned: key ${tag.pin} applies it`}>
                  {tag.pin}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className={`tag-top-drop${dropTarget === 'top' ? ' drop-target' : ''}`} {...dropHandlers(null)}>
        {dragged ? 'Drop here to move to the top level' : 'Drag a tag onto another to put it under it.'}
      </div>
    </div>
  );
}

function finishRename(props: Props, tag: TagSummary, name: string | null): void {
  props.onRename(null);
  if (name !== null && name.trim() !== '' && name.trim() !== tag.name) props.onRenamed(tag, name);
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-tag-id="${tag.id}"]`)?.focus());
}

/** The tag's name as a text field: Enter (or leaving it) keeps the new name, Escape keeps the old one. */
function RenameInput({ tag, onDone }: { tag: TagSummary; onDone: (name: string | null) => void }) {
  const finished = useRef(false);
  const finish = (name: string | null) => {
    if (finished.current) return;
    finished.current = true;
    onDone(name);
  };
  return (
    <input
      className="tag-rename"
      aria-label={`New name for “${tag.name}”`}
      defaultValue={tag.name}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') finish(event.currentTarget.value);
        if (event.key === 'Escape') finish(null);
      }}
      onBlur={(event) => finish(event.currentTarget.value)}
    />
  );
}
