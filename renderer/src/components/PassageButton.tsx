/** A highlighted passage as a card in a list (tags, timeline, highlights): its quote, where it is from, its note. */
import type { HighlightColor } from '../../../electron/contract';

export function PassageButton(props: {
  quote: string;
  color: HighlightColor;
  source?: string;
  note?: string;
  onOpen: () => void;
}) {
  return (
    <button type="button" className={`passage edge-${props.color}`} onClick={props.onOpen}>
      <span className="passage-quote">{props.quote}</span>
      {props.source ? <span className="passage-source">{props.source}</span> : null}
      {props.note ? <span className="passage-note">{props.note}</span> : null}
    </button>
  );
}
