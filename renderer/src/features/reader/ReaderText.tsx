/**
 * One block's text as flat segments: plain spans, and marks for highlights, the search hit and find
 * matches; a graded highlight's badge goes in the margin where it starts. A date proposed from the text adds a class, `data-date-proposal` and its reading as a
 * tooltip to whichever element the segment already is.
 */
import { Fragment } from 'react';
import type { Highlight, HighlightId } from '../../../../electron/contract';
import type { TextRange } from '../../store/reader-slice';
import { MarginGrades } from './MarginGrade';
import { segmentBlock, type Layers, type Segment } from './segments';

interface Props {
  text: string;
  block: TextRange;
  highlights: readonly Highlight[];
  layers: Layers;
  selectedId: HighlightId | null;
}

export function ReaderText({ text, block, highlights, layers, selectedId }: Props) {
  const relevant = highlights.filter((h) => h.end > block.start && h.start < block.end);
  return segmentBlock(block, relevant, layers).map((segment) => {
    const starting = segment.highlights.filter((h) => h.start === segment.start);
    return (
      <Fragment key={segment.start}>
        {starting.length > 0 ? <MarginGrades highlights={starting} /> : null}
        <SegmentElement text={text} segment={segment} selectedId={selectedId} />
      </Fragment>
    );
  });
}

function SegmentElement({
  text,
  segment,
  selectedId,
}: {
  text: string;
  segment: Segment;
  selectedId: HighlightId | null;
}) {
  const content = text.slice(segment.start, segment.end);
  const [top, under] = segment.highlights;
  const { date } = segment;
  const dateProps = date
    ? { 'data-date-proposal': date.resolved ? 'resolved' : 'needs-reference', title: top?.note || date.title }
    : {};
  const dateClass = date ? (date.resolved ? 'date-proposal' : 'date-proposal date-unresolved') : '';
  if (!top && !segment.hit && !segment.found) {
    const plain = [segment.flash ? 'flash' : '', dateClass].filter(Boolean).join(' ');
    return (
      <span key={segment.start} data-start={segment.start} className={plain || undefined} {...dateProps}>
        {content}
      </span>
    );
  }
  const classes = [
    top ? `hl hl-${top.color}` : '',
    under ? `hl-under-${under.color}` : '',
    top && segment.highlights.some((h) => h.id === selectedId) ? 'hl-selected' : '',
    segment.hit ? 'search-hit' : '',
    segment.flash ? 'flash' : '',
    segment.found ? `find-${segment.found}` : '',
    dateClass,
  ];
  return (
    <mark
      key={segment.start}
      data-start={segment.start}
      data-highlight-ids={segment.highlights.map((h) => h.id).join(' ') || undefined}
      data-top={top?.id}
      className={classes.filter(Boolean).join(' ')}
      title={top?.note || undefined}
      {...dateProps}
    >
      {content}
    </mark>
  );
}
