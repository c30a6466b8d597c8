/**
 * "Hide passages below …": a source reliability letter and an information credibility digit
 * (Admiralty wording in each option); either may stay at "any". Ungraded passages hide under any threshold.
 */
import type { GradeThreshold } from '../../../../electron/contract';
import { CredibilitySelect, ReliabilitySelect } from '../../components/GradeSelects';

interface Props {
  value: GradeThreshold;
  onChange: (value: GradeThreshold) => void;
}

export function GradeThresholdPicker({ value, onChange }: Props) {
  return (
    <fieldset className="grade-threshold" title="Ungraded passages are hidden while a threshold is set">
      <legend>Hide passages below</legend>
      <ReliabilitySelect
        label="Source reliability at least"
        value={value.reliability ?? null}
        onChange={(reliability) => onChange({ ...value, reliability: reliability ?? undefined })}
      />
      <CredibilitySelect
        label="Information credibility at least"
        value={value.credibility ?? null}
        onChange={(credibility) => onChange({ ...value, credibility: credibility ?? undefined })}
      />
    </fieldset>
  );
}
