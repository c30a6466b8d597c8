/** Every tag with its count; choosing one lists its passages across documents. */
import { useAppStore } from '../../store/app-store';
import { EmptyState } from '../../components/EmptyState';
import { openPassage } from '../../navigation/navigation';
import { chooseTag } from './tags-service';
import { PassageButton } from '../../components/PassageButton';

export function TagsPanel() {
  const tags = useAppStore((s) => s.tags);
  const selectedTagId = useAppStore((s) => s.selectedTagId);
  const passages = useAppStore((s) => s.passages);
  if (tags.length === 0) {
    return <EmptyState title="No tags yet">Tag a highlight in its panel to group passages here.</EmptyState>;
  }
  const selected = tags.find((tag) => tag.id === selectedTagId);
  return (
    <div className="tags-panel">
      <ul className="tag-list" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag.id}>
            <button
              type="button"
              className="tag-filter"
              aria-pressed={tag.id === selectedTagId}
              onClick={() => void chooseTag(tag.id === selectedTagId ? null : tag.id)}
            >
              {tag.name} <span className="count">{tag.count}</span>
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
