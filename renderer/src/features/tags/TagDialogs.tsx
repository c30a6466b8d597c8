/**
 * The Tags view's dialogs: a new tag (at the top or under another), Move to…, Merge into…, and
 * Delete. Each says what it will do before it does it; the core's refusal shows in the dialog.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { TagId, TagSummary } from '../../../../electron/contract';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { countOverlap, createTag, deleteTag, mergeTag, moveTag } from './codebook-actions';
import { deletePreview, mergePreview, moveTargets, treeRows } from './tag-tree';

export type TagDialog =
  | { kind: 'new'; parentId: TagId | null }
  | { kind: 'move'; tag: TagSummary }
  | { kind: 'merge'; tag: TagSummary }
  | { kind: 'delete'; tag: TagSummary };

interface Props {
  dialog: TagDialog;
  tags: readonly TagSummary[];
  onClose: () => void;
  onCreated: (tag: TagSummary) => void;
}

/** Tags as options, indented by depth so the tree shows in a plain select. */
function TagOptions({ tags, among }: { tags: readonly TagSummary[]; among: readonly TagSummary[] }) {
  const allowed = new Set(among.map((t) => t.id));
  return treeRows(tags)
    .filter((row) => allowed.has(row.tag.id))
    .map((row) => (
      <option key={row.tag.id} value={row.tag.id}>
        {`${'\u00a0\u00a0'.repeat(row.depth)}${row.tag.name}`}
      </option>
    ));
}

export function TagDialogs(props: Props) {
  switch (props.dialog.kind) {
    case 'new':
      return <NewTagDialog {...props} parentId={props.dialog.parentId} />;
    case 'move':
      return <MoveDialog {...props} tag={props.dialog.tag} />;
    case 'merge':
      return <MergeDialog {...props} tag={props.dialog.tag} />;
    case 'delete':
      return <DeleteDialog {...props} tag={props.dialog.tag} />;
  }
}

function NewTagDialog({ tags, onClose, onCreated, parentId }: Props & { parentId: TagId | null }) {
  const [name, setName] = useState('');
  const [parent, setParent] = useState<string>(parentId ?? '');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await createTag(name, (parent || null) as TagId | null);
    if (created) onCreated(created);
  };
  return (
    <Modal title={parentId ? 'New sub-tag' : 'New tag'} onClose={onClose}>
      <form className="modal-form" onSubmit={(event) => void submit(event)}>
        <label>
          Name
          <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={80} />
        </label>
        <label>
          Under
          <select value={parent} onChange={(event) => setParent(event.target.value)}>
            <option value="">Top level</option>
            <TagOptions tags={tags} among={tags} />
          </select>
        </label>
        <FormActions submit="Add tag" onCancel={onClose} />
      </form>
    </Modal>
  );
}

function MoveDialog({ tags, onClose, tag }: Props & { tag: TagSummary }) {
  const targets = moveTargets(tags, tag.id);
  const [target, setTarget] = useState<string>(tag.parentId ? '' : (targets[0]?.id ?? ''));
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const refused = await moveTag(tag, tags.find((t) => t.id === target) ?? null);
    if (refused) setRefusal(refused);
    else onClose();
  };
  return (
    <Modal title={`Move “${tag.name}”`} onClose={onClose}>
      <form className="modal-form" onSubmit={(event) => void submit(event)}>
        <label>
          Move to
          <select value={target} onChange={(event) => setTarget(event.target.value)}>
            {tag.parentId ? <option value="">Top level</option> : null}
            <TagOptions tags={tags} among={targets} />
          </select>
        </label>
        <p className="panel-hint">Its sub-tags move with it. A tag cannot go under one of its own sub-tags.</p>
        {refusal ? <p className="danger-text">{refusal}</p> : null}
        <FormActions submit="Move" onCancel={onClose} />
      </form>
    </Modal>
  );
}

function MergeDialog({ tags, onClose, tag }: Props & { tag: TagSummary }) {
  const targets = tags.filter((t) => t.id !== tag.id);
  const [target, setTarget] = useState<string>(targets[0]?.id ?? '');
  const [overlapOf, setOverlapOf] = useState<{ target: string; count: number } | null>(null);
  const overlap = overlapOf?.target === target ? overlapOf.count : 0;
  const [refusal, setRefusal] = useState<string | null>(null);
  const into = tags.find((t) => t.id === target) ?? null;
  useEffect(() => {
    let current = true;
    if (target) {
      void countOverlap(tag.id, target as TagId).then((count) => {
        if (current) setOverlapOf({ target, count });
      });
    }
    return () => {
      current = false;
    };
  }, [tag.id, target]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!into) return;
    const refused = await mergeTag(tag, into);
    if (refused) setRefusal(refused);
    else onClose();
  };
  return (
    <Modal title={`Merge “${tag.name}”`} onClose={onClose}>
      <form className="modal-form" onSubmit={(event) => void submit(event)}>
        <label>
          Merge into
          <select value={target} onChange={(event) => setTarget(event.target.value)}>
            <TagOptions tags={tags} among={targets} />
          </select>
        </label>
        {into ? <p>{mergePreview(tags, tag, into, overlap)}</p> : <p>There is no other tag to merge into.</p>}
        {refusal ? <p className="danger-text">{refusal}</p> : null}
        <FormActions submit="Merge" onCancel={onClose} />
      </form>
    </Modal>
  );
}

function DeleteDialog({ tags, onClose, tag }: Props & { tag: TagSummary }) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const refused = await deleteTag(tag);
    if (refused) setRefusal(refused);
    else onClose();
  };
  return (
    <Modal title="Delete tag" onClose={onClose}>
      <form className="modal-form" onSubmit={(event) => void submit(event)}>
        <p>{deletePreview(tags, tag)}</p>
        <p className="panel-hint">The passages stay; only this tag comes off them. Undo puts it back.</p>
        {refusal ? <p className="danger-text">{refusal}</p> : null}
        <FormActions submit="Delete" onCancel={onClose} />
      </form>
    </Modal>
  );
}
