/**
 * The brief's settings: its title, how it is organised (chronological, by tag, by source), which
 * sections it has, and its scope. Each change is saved with the project; typing after a pause.
 */
import type { BriefDraft, BriefStructure } from '../../../../electron/contract';
import { plural } from '../../lib/plural';
import { editBrief } from './brief-service';
import { ScopeControls } from './ScopeControls';

const STRUCTURES: { id: BriefStructure; label: string }[] = [
  { id: 'chronological', label: 'Chronological' },
  { id: 'tag', label: 'By tag' },
  { id: 'source', label: 'By source' },
];

type SectionKey = keyof BriefDraft['sections'];
const SECTIONS: { id: SectionKey; label: string }[] = [
  { id: 'summary', label: 'Summary' },
  { id: 'keyJudgments', label: 'Key judgments' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'passagesByTag', label: 'Passages by tag' },
  { id: 'sources', label: 'Sources' },
];

/** The scope in a few words, on the collapsed scope's line. */
function describeScope(scope: BriefDraft['scope']): string {
  const parts: string[] = [];
  const count = (n: number | undefined, one: string) => (n ? parts.push(plural(n, one)) : 0);
  count(scope.tags?.ids.length, 'tag');
  count(scope.eventIds?.length, 'event');
  count(scope.documentIds?.length, 'document');
  if (scope.dateRange?.from || scope.dateRange?.to) {
    parts.push(`${scope.dateRange.from ?? '…'} to ${scope.dateRange.to ?? '…'}`);
  }
  const grade = `${scope.minGrade?.reliability ?? ''}${scope.minGrade?.credibility ?? ''}`;
  if (grade) parts.push(`grade ${grade} or better`);
  return parts.length > 0 ? parts.join(' · ') : 'the whole project';
}

export function BriefSettings({ draft }: { draft: BriefDraft }) {
  return (
    <section className="brief-card" aria-labelledby="brief-settings-title">
      <h3 id="brief-settings-title">Brief</h3>
      <label className="brief-field">
        Title
        <input
          value={draft.title}
          placeholder="Brief — project name"
          maxLength={300}
          onChange={(event) => editBrief({ title: event.target.value }, { pause: true })}
        />
      </label>
      <fieldset className="brief-row" role="radiogroup" aria-label="Structure">
        <legend>Structure</legend>
        {STRUCTURES.map((structure) => (
          <label key={structure.id} className="brief-pill">
            <input
              type="radio"
              name="brief-structure"
              value={structure.id}
              checked={draft.structure === structure.id}
              onChange={() => editBrief({ structure: structure.id })}
            />
            {structure.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="brief-row">
        <legend>Sections</legend>
        {SECTIONS.map((section) => (
          <label key={section.id} className="brief-pill">
            <input
              type="checkbox"
              checked={draft.sections[section.id] ?? true}
              onChange={(event) => editBrief({ sections: { ...draft.sections, [section.id]: event.target.checked } })}
            />
            {section.label}
          </label>
        ))}
      </fieldset>
      <details className="brief-scope-details">
        <summary>
          Scope: <span className="brief-scope-said">{describeScope(draft.scope)}</span>
        </summary>
        <ScopeControls scope={draft.scope} onChange={(scope) => editBrief({ scope })} />
      </details>
    </section>
  );
}
