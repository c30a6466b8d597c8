/**
 * The Tags view, a main view beside the reader and the timeline: the codebook tree with its
 * counts, the selected tag's card, and three ways to read the coding (code × document matrix,
 * co-occurrence, "A and not B"), all under one grade threshold. Changes go through the core, one
 * undo step each.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { GradeThreshold, TagId, TagSummary } from '../../../../electron/contract';
import { EmptyState } from '../../components/EmptyState';
import { showView } from '../../navigation/navigation';
import { useAppStore } from '../../store/app-store';
import { showError } from '../../store/toasts';
import { CodebookExchange, ImportReportBanner, type ImportedCodebook } from './CodebookExchange';
import { CodebookTree } from './CodebookTree';
import { CodeMatrix } from './CodeMatrix';
import { renameTag, moveTag } from './codebook-actions';
import { useCodebookViews, type PassageQuery } from './codebook-queries';
import { Cooccurrence } from './Cooccurrence';
import { GradeThresholdPicker } from './GradeThresholdPicker';
import { PassageResults } from './PassageResults';
import { TagDetails, type TagAction } from './TagDetails';
import { TagDialogs, type TagDialog } from './TagDialogs';
import { TagDifference } from './TagDifference';
import { treeRows } from './tag-tree';
import './tags.css';
import './tag-readings.css';
import { BackToReader } from '../../components/BackToReader';

type Tab = 'matrix' | 'pairs' | 'difference';
const TABS: { id: Tab; label: string }[] = [
  { id: 'matrix', label: 'Tags × documents' },
  { id: 'pairs', label: 'Co-occurrence' },
  { id: 'difference', label: 'A and not B' },
];

const isTextField = (target: EventTarget): boolean =>
  target instanceof HTMLElement && target.matches('input, textarea, select, [contenteditable]');

export function TagsView() {
  const tags = useAppStore((s) => s.tags);
  const [selected, setSelected] = useState<TagId | null>(() => useAppStore.getState().selectedTagId);
  const [collapsed, setCollapsed] = useState<ReadonlySet<TagId>>(new Set());
  const [renamingId, setRenamingId] = useState<TagId | null>(null);
  const [dialog, setDialog] = useState<TagDialog | null>(null);
  const [threshold, setThreshold] = useState<GradeThreshold>({});
  const [tab, setTab] = useState<Tab>('matrix');
  const [query, setQuery] = useState<PassageQuery | null>(null);
  const [imported, setImported] = useState<ImportedCodebook | null>(null);
  const rows = useMemo(() => treeRows(tags), [tags]);
  const { matrix, pairs } = useCodebookViews(threshold);
  const tag = tags.find((t) => t.id === selected) ?? null;
  const parent = tag ? (tags.find((t) => t.id === tag.parentId) ?? null) : null;
  // A list asked for a tag that a merge or delete has since removed: nothing left to show.
  const known = (id: TagId | undefined) => !id || tags.some((t) => t.id === id);
  const shownQuery = query && known(query.id) && known(query.with) && known(query.without) ? query : null;

  const act = (action: TagAction, on: TagSummary) => {
    if (action === 'rename') setRenamingId(on.id);
    else if (action === 'new-sub-tag') setDialog({ kind: 'new', parentId: on.id });
    else setDialog({ kind: action, tag: on });
  };

  const toggle = (id: TagId, expand: boolean) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (expand) next.delete(id);
      else next.add(id);
      return next;
    });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented || isTextField(event.target)) return;
    event.preventDefault();
    if (query) setQuery(null);
    else showView('reader');
  };

  return (
    <main className="tags-view" aria-label="Tags view" onKeyDown={onKeyDown}>
      <header className="tags-view-header">
        <BackToReader onBack={() => showView('reader')} />
        <h2 className="tags-view-title">
          Tags <span className="count">{tags.length}</span>
        </h2>
        <div className="tags-view-tools" role="toolbar" aria-label="Tags view">
          <button type="button" className="button-primary" onClick={() => setDialog({ kind: 'new', parentId: null })}>
            New tag
          </button>
          <CodebookExchange onImported={setImported} />
        </div>
      </header>
      {imported ? <ImportReportBanner imported={imported} onDismiss={() => setImported(null)} /> : null}
      {tags.length === 0 ? (
        <EmptyState title="No tags yet">
          Tags group passages across documents. Highlight a passage in the reader, then add a tag in its panel (or press
          T with the highlight selected) — or start the codebook here with{' '}
          <button type="button" className="button-primary" onClick={() => setDialog({ kind: 'new', parentId: null })}>
            New tag
          </button>
        </EmptyState>
      ) : (
        <div className="tags-view-body">
          <div className="tags-view-codebook">
            <CodebookTree
              tags={tags}
              rows={rows}
              selectedId={selected}
              collapsed={collapsed}
              renamingId={renamingId}
              onSelect={setSelected}
              onToggle={toggle}
              onRename={setRenamingId}
              onRenamed={(t, name) => void renameTag(t, name)}
              onMove={(t, to) => void moveTag(t, to).then((refused) => refused && showError(refused))}
              onDelete={(t) => act('delete', t)}
            />
            {tag ? (
              <TagDetails tag={tag} parent={parent} onAction={(action) => act(action, tag)} />
            ) : (
              <p className="panel-hint">Choose a tag to colour, describe, pin, move, merge or delete it.</p>
            )}
          </div>
          <div className="tags-view-analysis">
            <div className="tags-view-analysis-bar">
              <div className="tabs" role="tablist" aria-label="Reading the coding">
                {TABS.map((t) => (
                  <button
                    key={t.id}
                    type="button"
                    role="tab"
                    id={`tags-tab-${t.id}`}
                    aria-selected={tab === t.id}
                    aria-controls="tags-tab-body"
                    onClick={() => setTab(t.id)}
                  >
                    {t.label}
                  </button>
                ))}
              </div>
              <GradeThresholdPicker value={threshold} onChange={setThreshold} />
            </div>
            <div className="tags-tab-body" id="tags-tab-body" role="tabpanel" aria-labelledby={`tags-tab-${tab}`}>
              {tab === 'matrix' ? (
                matrix ? (
                  <CodeMatrix rows={rows} matrix={matrix} onOpen={setQuery} />
                ) : null
              ) : tab === 'pairs' ? (
                pairs ? (
                  <Cooccurrence tags={tags} pairs={pairs} onOpen={setQuery} />
                ) : null
              ) : (
                <TagDifference tags={tags} onOpen={setQuery} />
              )}
            </div>
            {shownQuery ? (
              <PassageResults query={shownQuery} threshold={threshold} onClose={() => setQuery(null)} />
            ) : null}
          </div>
        </div>
      )}
      {dialog ? (
        <TagDialogs
          dialog={dialog}
          tags={tags}
          onClose={() => setDialog(null)}
          onCreated={(created) => {
            setDialog(null);
            setSelected(created.id);
          }}
        />
      ) : null}
    </main>
  );
}
