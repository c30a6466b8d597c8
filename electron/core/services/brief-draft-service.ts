/**
 * The brief being composed, saved with the project: title, scope, structure, sections, the
 * analyst's summary and key judgments. Each save is one undo step; `export.brief` reads what a call
 * leaves out from here, so "Export" writes what the analyst composed.
 */
import { z } from 'zod';
import { BriefJudgment, BriefSettings, type BriefDraft, type MethodInput } from '../../contract';
import type { Context } from './context';

const DEFAULT_SETTINGS: BriefSettings = { scope: {}, structure: 'tag', sections: {} };

/** Stored JSON read leniently: a part that no longer parses falls back to its default, never fails the brief. */
function parsed<T>(schema: z.ZodType<T>, json: string, fallback: T): T {
  try {
    const result = schema.safeParse(JSON.parse(json));
    return result.success ? result.data : fallback;
  } catch {
    return fallback;
  }
}

export function getDraft(ctx: Context): BriefDraft {
  const row = ctx.repos.brief.draft(ctx.projectId);
  if (!row) return { ...DEFAULT_SETTINGS, title: '', summary: '', judgments: [], updatedAt: null };
  const settings = parsed(BriefSettings.partial(), row.settings_json, {});
  return {
    ...DEFAULT_SETTINGS,
    ...settings,
    title: row.title,
    summary: row.summary,
    judgments: parsed(z.array(BriefJudgment), row.judgments_json, []),
    updatedAt: row.updated_at,
  };
}

export function saveDraft(ctx: Context, input: MethodInput<'brief.save'>): BriefDraft {
  const current = getDraft(ctx);
  const next = {
    scope: input.scope ?? current.scope,
    structure: input.structure ?? current.structure,
    sections: input.sections ?? current.sections,
  };
  const row = {
    title: input.title?.trim() ?? current.title,
    settings_json: JSON.stringify(next),
    summary: input.summary ?? current.summary,
    judgments_json: JSON.stringify(input.judgments ?? current.judgments),
  };
  const stored = ctx.repos.brief.draft(ctx.projectId);
  const unchanged =
    stored &&
    stored.title === row.title &&
    stored.settings_json === row.settings_json &&
    stored.summary === row.summary &&
    stored.judgments_json === row.judgments_json;
  if (!unchanged) {
    ctx.mutate(saveLabel(input), (w) => {
      if (stored) w.update('brief_drafts', { id: stored.id }, { ...row, updated_at: ctx.now() });
      else w.insert('brief_drafts', { id: ctx.newId(), project_id: ctx.projectId, ...row, updated_at: ctx.now() });
    });
  }
  return getDraft(ctx);
}

function saveLabel(input: MethodInput<'brief.save'>): string {
  const parts = Object.keys(input).filter((key) => input[key as keyof typeof input] !== undefined);
  if (parts.length !== 1) return 'Edit brief';
  const names: Record<string, string> = {
    title: 'Edit brief title',
    scope: 'Change brief scope',
    structure: 'Change brief structure',
    sections: 'Change brief sections',
    summary: 'Edit brief summary',
    judgments: 'Edit key judgments',
  };
  return names[parts[0] as string] ?? 'Edit brief';
}
