/**
 * A highlighted passage as a card in a list (tags, timeline, highlights): its quote, its grade
 * badge ("B2") and tags in their codebook colours when given, where it is from, its note.
 */
import type { Grade, HighlightColor } from '../../../electron/contract';
import { GradeBadge } from './GradeBadge';
import { TagChips } from './TagChips';

export function PassageButton(props: {
  quote: string;
  color: HighlightColor;
  source?: string;
  note?: string;
  /** The passage's grade (a Highlight is one); no badge when ungraded. */
  grade?: Grade;
  tags?: readonly string[];
  onOpen: () => void;
}) {
  return (
    <button type="button" className={`passage edge-${props.color}`} onClick={props.onOpen}>
      <span className="passage-head">
        <span className="passage-quote">{props.quote}</span>
        {props.grade ? <GradeBadge grade={props.grade} /> : null}
      </span>
      {props.source ? <span className="passage-source">{props.source}</span> : null}
      {props.note ? <span className="passage-note">{props.note}</span> : null}
      {props.tags ? <TagChips tags={props.tags} /> : null}
    </button>
  );
}
