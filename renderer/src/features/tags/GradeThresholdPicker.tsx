/**
 * "Hide passages below …": a source reliability letter and an information credibility digit
 * (Admiralty wording in each option); either may stay at "any". Ungraded passages hide under any threshold.
 */
import {
  CREDIBILITIES,
  CREDIBILITY_WORDING,
  RELIABILITIES,
  RELIABILITY_WORDING,
  type GradeThreshold,
  type Reliability,
} from '../../../../electron/contract';

interface Props {
  value: GradeThreshold;
  onChange: (value: GradeThreshold) => void;
}

export function GradeThresholdPicker({ value, onChange }: Props) {
  return (
    <fieldset className="grade-threshold" title="Ungraded passages are hidden while a threshold is set">
      <legend>Hide passages below</legend>
      <label>
        <span className="visually-hidden">Source reliability at least</span>
        <select
          value={value.reliability ?? ''}
          onChange={(event) =>
            onChange({ ...value, reliability: (event.target.value || undefined) as Reliability | undefined })
          }
        >
          <option value="">Any source</option>
          {RELIABILITIES.map((letter) => (
            <option key={letter} value={letter}>
              {letter} — {RELIABILITY_WORDING[letter]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Information credibility at least</span>
        <select
          value={value.credibility ?? ''}
          onChange={(event) =>
            onChange({
              ...value,
              credibility: event.target.value ? Number(event.target.value) : undefined,
            })
          }
        >
          <option value="">Any information</option>
          {CREDIBILITIES.map((digit) => (
            <option key={digit} value={digit}>
              {digit} — {CREDIBILITY_WORDING[digit]}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
