/**
 * The passages that corroborate or contradict the selected highlight (links it names), and those it
 * corroborates or contradicts (links naming it), each opening its passage; "Link a passage…" and
 * unlink. A passage graded 1 ("confirmed") with nothing named as confirming it gets a gentle hint.
 */
import { useEffect, useState } from 'react';
import type { Highlight, HighlightLink } from '../../../../electron/contract';
import { PassageButton } from '../../components/PassageButton';
import { openPassage } from '../../navigation/navigation';
import { useAppStore } from '../../store/app-store';
import { fetchLinks, unlinkPassage } from './corroboration-service';

export function Corroboration({ highlight }: { highlight: Highlight }) {
  const openDialog = useAppStore((s) => s.openDialog);
  const [links, setLinks] = useState<HighlightLink[] | null>(null);

  // `highlight` is a new object after every reload of the document (a link, an undo), so links follow.
  useEffect(() => {
    let current = true;
    void fetchLinks(highlight.id).then((found) => {
      if (current) setLinks(found);
    });
    return () => {
      current = false;
    };
  }, [highlight]);

  const outgoing = links?.filter((link) => link.direction === 'outgoing') ?? [];
  const incoming = links?.filter((link) => link.direction === 'incoming') ?? [];
  const confirmed = outgoing.some((link) => link.kind === 'corroborates');
  return (
    <div className="field corroboration">
      <span className="field-label">Corroboration</span>
      {highlight.credibility === 1 && links !== null && !confirmed ? (
        <p className="panel-hint corroboration-hint">Graded 1 — confirmed: name what confirms it.</p>
      ) : null}
      <LinkList
        label="Corroborated by"
        links={outgoing.filter((link) => link.kind === 'corroborates')}
        onUnlink={(link) => void unlinkPassage(highlight.id, link.passage.highlight.id)}
      />
      <LinkList
        label="Contradicted by"
        links={outgoing.filter((link) => link.kind === 'contradicts')}
        onUnlink={(link) => void unlinkPassage(highlight.id, link.passage.highlight.id)}
      />
      <LinkList
        label="Corroborates"
        links={incoming.filter((link) => link.kind === 'corroborates')}
        onUnlink={(link) => void unlinkPassage(link.passage.highlight.id, highlight.id)}
      />
      <LinkList
        label="Contradicts"
        links={incoming.filter((link) => link.kind === 'contradicts')}
        onUnlink={(link) => void unlinkPassage(link.passage.highlight.id, highlight.id)}
      />
      {links !== null && links.length === 0 ? <p className="panel-hint">No linked passages yet.</p> : null}
      <div className="form-actions">
        <button type="button" onClick={() => openDialog({ kind: 'link-passage', highlightId: highlight.id })}>
          Link a passage…
        </button>
      </div>
    </div>
  );
}

function LinkList({
  label,
  links,
  onUnlink,
}: {
  label: string;
  links: readonly HighlightLink[];
  onUnlink: (link: HighlightLink) => void;
}) {
  if (links.length === 0) return null;
  return (
    <section aria-label={label}>
      <h4 className="corroboration-heading">{label}</h4>
      <ul className="passage-list">
        {links.map((link) => (
          <li key={link.passage.highlight.id} className="passage-with-action">
            <PassageButton
              quote={link.passage.highlight.quote}
              color={link.passage.highlight.color}
              source={link.passage.documentTitle}
              grade={link.passage.highlight}
              tags={link.passage.highlight.tags}
              onOpen={() => void openPassage(link.passage, { select: true })}
            />
            <button
              type="button"
              className="button-icon"
              aria-label={`Unlink “${link.passage.highlight.quote.slice(0, 40)}”`}
              onClick={() => onUnlink(link)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
