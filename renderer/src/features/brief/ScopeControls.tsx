/**
 * What part of the project the brief covers: tags (with or without their sub-tags), events, a
 * date range, documents and a minimum grade. Every criterion narrows; none means the whole project.
 */
import type { BriefScope, DocumentId, EventId, TagId, TagSummary } from '../../../../electron/contract';
import { CredibilitySelect, ReliabilitySelect } from '../../components/GradeSelects';
import { useAppStore } from '../../store/app-store';
import { ChoiceList } from './ChoiceList';

/** Drops what is empty, so an untouched criterion is not saved as a filter. */
function tidy(scope: BriefScope): BriefScope {
  const out: BriefScope = {};
  if (scope.tags && scope.tags.ids.length > 0) out.tags = scope.tags;
  if (scope.eventIds && scope.eventIds.length > 0) out.eventIds = scope.eventIds;
  if (scope.documentIds && scope.documentIds.length > 0) out.documentIds = scope.documentIds;
  const { from, to } = scope.dateRange ?? {};
  if (from || to) out.dateRange = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const { reliability, credibility } = scope.minGrade ?? {};
  if (reliability || credibility)
    out.minGrade = { ...(reliability ? { reliability } : {}), ...(credibility ? { credibility } : {}) };
  return out;
}

export function ScopeControls({ scope, onChange }: { scope: BriefScope; onChange: (scope: BriefScope) => void }) {
  const tags = useAppStore((s) => s.tags);
  const events = useAppStore((s) => s.timeline);
  const documents = useAppStore((s) => s.documents);
  // `tags.list` comes in tree order (each parent before its children): only the depth is needed.
  const depthOf = (tag: TagSummary): number => {
    let depth = 0;
    for (let parent = tag.parentId; parent && depth < 20; depth++) {
      parent = tags.find((other) => other.id === parent)?.parentId ?? null;
    }
    return depth;
  };
  const set = (patch: Partial<BriefScope>) => onChange(tidy({ ...scope, ...patch }));
  const includeSubTags = scope.tags?.includeSubTags ?? true;
  const range = scope.dateRange ?? {};
  const backwards = Boolean(range.from && range.to && range.from > range.to);

  return (
    <div className="brief-scope">
      <ChoiceList<TagId>
        legend="Tags"
        choices={tags.map((tag) => ({ id: tag.id, label: tag.name, depth: depthOf(tag) }))}
        chosen={scope.tags?.ids ?? []}
        onChange={(ids) => set({ tags: { ids, includeSubTags } })}
        empty="No tags in this project yet."
      />
      <label className="brief-inline">
        <input
          type="checkbox"
          checked={includeSubTags}
          onChange={(event) => set({ tags: { ids: scope.tags?.ids ?? [], includeSubTags: event.target.checked } })}
        />
        Include sub-tags
      </label>
      <ChoiceList<EventId>
        legend="Events"
        choices={events.map((event) => ({ id: event.id, label: event.title, hint: event.dateLabel }))}
        chosen={scope.eventIds ?? []}
        onChange={(eventIds) => set({ eventIds })}
        empty="No events on the timeline yet."
      />
      <ChoiceList<DocumentId>
        legend="Documents"
        choices={documents.map((doc) => ({ id: doc.id, label: doc.title }))}
        chosen={scope.documentIds ?? []}
        onChange={(documentIds) => set({ documentIds })}
        empty="No documents yet."
      />
      <fieldset className="brief-row">
        <legend>Dates</legend>
        <label>
          From
          <input
            type="date"
            value={range.from ?? ''}
            onChange={(event) => set({ dateRange: { ...range, from: event.target.value || undefined } })}
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={range.to ?? ''}
            onChange={(event) => set({ dateRange: { ...range, to: event.target.value || undefined } })}
          />
        </label>
        {backwards ? (
          <p className="brief-field-error" role="alert">
            The date range ends before it starts.
          </p>
        ) : null}
      </fieldset>
      <fieldset className="brief-row">
        <legend>Minimum grade</legend>
        <ReliabilitySelect
          label="Minimum source reliability"
          value={scope.minGrade?.reliability ?? null}
          onChange={(reliability) => set({ minGrade: { ...scope.minGrade, reliability: reliability ?? undefined } })}
        />
        <CredibilitySelect
          label="Minimum information credibility"
          value={scope.minGrade?.credibility ?? null}
          onChange={(credibility) => set({ minGrade: { ...scope.minGrade, credibility: credibility ?? undefined } })}
        />
      </fieldset>
    </div>
  );
}
