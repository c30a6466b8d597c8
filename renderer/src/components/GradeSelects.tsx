/**
 * The two selects every grade threshold is made of: a source reliability letter and an
 * information credibility digit, each option with its Admiralty wording, "any" when unset.
 */
import {
  CREDIBILITIES,
  CREDIBILITY_WORDING,
  RELIABILITIES,
  RELIABILITY_WORDING,
  type Reliability,
} from '../../../electron/contract';

interface SelectProps<T> {
  value: T | null;
  onChange: (value: T | null) => void;
  id?: string;
  /** The accessible name when no visible <label htmlFor> names the select. */
  label?: string;
}

export function ReliabilitySelect({ value, onChange, id, label }: SelectProps<Reliability>) {
  return (
    <select
      id={id}
      aria-label={label}
      value={value ?? ''}
      onChange={(event) => onChange((event.target.value || null) as Reliability | null)}
    >
      <option value="">Any source</option>
      {RELIABILITIES.map((letter) => (
        <option key={letter} value={letter}>
          {letter} — {RELIABILITY_WORDING[letter]}
        </option>
      ))}
    </select>
  );
}

export function CredibilitySelect({ value, onChange, id, label }: SelectProps<number>) {
  return (
    <select
      id={id}
      aria-label={label}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value ? Number(event.target.value) : null)}
    >
      <option value="">Any information</option>
      {CREDIBILITIES.map((digit) => (
        <option key={digit} value={digit}>
          {digit} — {CREDIBILITY_WORDING[digit]}
        </option>
      ))}
    </select>
  );
}
