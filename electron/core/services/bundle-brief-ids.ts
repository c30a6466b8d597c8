/**
 * A brief draft names rows by id inside its JSON columns: the scope's tags, events and documents
 * (settings) and each key judgment's cited highlights. When a bundle's rows get new ids, those
 * must follow. An id the map does not know (a citation of a passage deleted before the export,
 * which the brief flags) is kept as it was; a column without any mapped id is kept byte for byte.
 */
import type { BriefJudgment, BriefSettings } from '../../contract';
import type { ProjectSnapshot } from '../bundle';

type BriefDraftRow = ProjectSnapshot['tables']['brief_drafts'][number];
type Settings = Partial<BriefSettings>;

export function remapBriefDraft(row: BriefDraftRow, ids: ReadonlyMap<string, string>): BriefDraftRow {
  let changed = false;
  // The same brand in and out: an id is swapped for the id of the same kind of row.
  const map = <T extends string>(list: readonly T[]): T[] =>
    list.map((id) => {
      const to = ids.get(id);
      if (to === undefined || to === id) return id;
      changed = true;
      return to as T;
    });

  const settings = JSON.parse(row.settings_json) as Settings;
  const scope = settings.scope;
  if (scope?.tags) scope.tags.ids = map(scope.tags.ids);
  if (scope?.eventIds) scope.eventIds = map(scope.eventIds);
  if (scope?.documentIds) scope.documentIds = map(scope.documentIds);
  const settingsJson = changed ? JSON.stringify(settings) : row.settings_json;

  changed = false;
  const judgments = JSON.parse(row.judgments_json) as BriefJudgment[];
  for (const judgment of judgments) judgment.citations = map(judgment.citations);
  const judgmentsJson = changed ? JSON.stringify(judgments) : row.judgments_json;

  return { ...row, settings_json: settingsJson, judgments_json: judgmentsJson };
}
