/** Every tag with its colour and count, indented as in the codebook; choosing one lists its passages across documents. */
import { describeShortcut } from '../../commands/registry';
import { useAppStore } from '../../store/app-store';
import { EmptyState } from '../../components/EmptyState';
import { openPassage, showView } from '../../navigation/navigation';
import { chooseTag } from './tags-service';
import { PassageButton } from '../../components/PassageButton';
import { treeRows } from './tag-tree';
import './tags.css';

export function TagsPanel() {
  const tags = useAppStore((s) => s.tags);
  const selectedTagId = useAppStore((s) => s.selectedTagId);
  const passages = useAppStore((s) => s.passages);
  const openView = (
    <button
      type="button"
      className="button-quiet"
      onClick={() => showView('tags')}
      title={`Tags view (${describeShortcut('Shift+Mod+B')})`}
    >
      Open tags view
    </button>
  );
  if (tags.length === 0) {
    return (
      <>
        <EmptyState title="No tags yet">Tag a highlight in its panel to group passages here.</EmptyState>
        <div className="panel-row">{openView}</div>
      </>
    );
  }
  const selected = tags.find((tag) => tag.id === selectedTagId);
  const nested = tags.some((tag) => tag.parentId !== null);
  return (
    <div className="tags-panel">
      <div className="panel-row">{openView}</div>
      <ul className={`tag-list${nested ? ' tag-list-nested' : ''}`} aria-label="Tags">
        {treeRows(tags).map(({ tag, depth }) => (
          <li key={tag.id} style={depth > 0 ? { marginLeft: `${depth * 12}px` } : undefined}>
            <button
              type="button"
              className="tag-filter"
              aria-pressed={tag.id === selectedTagId}
              onClick={() => void chooseTag(tag.id === selectedTagId ? null : tag.id)}
            >
              <span
                className="tag-swatch"
                aria-hidden="true"
                style={tag.color ? { background: tag.color } : undefined}
              />
              {tag.name} <span className="count">{tag.totalCount}</span>
            </button>
          </li>
        ))}
      </ul>
      {selected ? (
        <section aria-label={`Passages tagged ${selected.name}`}>
          <h3 className="panel-subtitle">Tagged “{selected.name}”</h3>
          <ul className="passage-list">
            {passages.map((passage) => (
              <li key={passage.highlight.id}>
                <PassageButton
                  quote={passage.highlight.quote}
                  color={passage.highlight.color}
                  source={passage.documentTitle}
                  note={passage.highlight.note}
                  grade={passage.highlight}
                  onOpen={() => void openPassage(passage)}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="panel-hint">Choose a tag to see its passages.</p>
      )}
    </div>
  );
}
