/**
 * A passage's tags as small chips on its card, each with its codebook colour (when it has one), so
 * a code reads the same colour everywhere. Colours come from the codebook in the store, matched by
 * name in any case.
 */
import { useAppStore } from '../store/app-store';
import './grading.css';

export function TagChips({ tags }: { tags: readonly string[] }) {
  const codebook = useAppStore((s) => s.tags);
  if (tags.length === 0) return null;
  const colorOf = (name: string) => codebook.find((tag) => tag.name.toLowerCase() === name.toLowerCase())?.color;
  return (
    <span className="passage-tags">
      <span className="visually-hidden">Tags: </span>
      {tags.map((name) => {
        const color = colorOf(name);
        return (
          <span key={name} className="passage-tag" data-tag-color={color ?? undefined}>
            {color ? <span className="tag-swatch" style={{ background: color }} aria-hidden="true" /> : null}
            {name}
          </span>
        );
      })}
    </span>
  );
}
