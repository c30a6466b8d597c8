/** One passage in the Brief view's lists: its quote, grade, document and tags, and a review warning. */
import { GradeBadge, gradeOfLabel } from '../../components/GradeBadge';
import { TagChips } from '../../components/TagChips';
import type { BriefPassage } from './brief-passages';

export function PassageSummary({ passage }: { passage: BriefPassage }) {
  const grade = passage.grade ? gradeOfLabel(passage.grade) : null;
  return (
    <span className="brief-passage">
      <span className="brief-passage-head">
        <span className="brief-passage-quote">{passage.quote}</span>
        {grade ? <GradeBadge grade={grade} /> : null}
      </span>
      <span className="brief-passage-source">
        {passage.document}
        {passage.needsReview ? <span className="brief-flag"> ⚠ needs review</span> : null}
      </span>
      <TagChips tags={passage.tags} />
    </span>
  );
}
