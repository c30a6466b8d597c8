/** Timeline events and the passages that support them. */
import type { MethodInput, TimelineEvent } from '../../contract';
import { DossierFailure } from '../errors';
import type { EventRow } from '../repos/events-repo';
import { gradeRange, readDateInput, readEdtf, type DateReading } from '../../contract';
import type { Context } from './context';
import { disagreementOf } from './event-disagreement';

export function listEvents(ctx: Context): TimelineEvent[] {
  return ctx.repos.events.list(ctx.projectId).map((row) => toEvent(ctx, row));
}

export function getEvent(ctx: Context, id: string): TimelineEvent {
  const row = ctx.repos.events.get(id);
  if (!row) throw new DossierFailure('not_found', 'That event no longer exists.');
  return toEvent(ctx, row);
}

export function createEvent(ctx: Context, input: MethodInput<'events.create'>): TimelineEvent {
  const date = checkedDate(input.date);
  const highlightIds = [...new Set(input.highlightIds ?? [])];
  for (const hid of highlightIds) {
    if (!ctx.repos.highlights.row(hid)) throw new DossierFailure('not_found', 'A passage to link no longer exists.');
  }
  const id = ctx.newId();
  const now = ctx.now();
  ctx.mutate(`Add event “${input.title.trim()}”`, (w) => {
    w.insert('events', {
      id,
      project_id: ctx.projectId,
      date: date.edtf,
      earliest: date.earliest,
      latest: date.latest,
      title: input.title.trim(),
      description: input.description?.trim() ?? '',
      created_at: now,
      updated_at: now,
    });
    for (const hid of highlightIds) w.insert('event_highlights', { event_id: id, highlight_id: hid, linked_at: now });
  });
  return getEvent(ctx, id);
}

export function updateEvent(ctx: Context, input: MethodInput<'events.update'>): TimelineEvent {
  const row = ctx.repos.events.get(input.id);
  if (!row) throw new DossierFailure('not_found', 'That event no longer exists.');
  const patch: Record<string, string | null> = { updated_at: ctx.now() };
  if (input.date !== undefined) {
    const date = checkedDate(input.date);
    Object.assign(patch, { date: date.edtf, earliest: date.earliest, latest: date.latest });
  }
  if (input.title !== undefined) patch.title = input.title.trim();
  if (input.description !== undefined) patch.description = input.description.trim();
  ctx.mutate(`Edit event “${row.title}”`, (w) => {
    w.update('events', { id: input.id }, patch);
  });
  return getEvent(ctx, input.id);
}

export function linkPassage(ctx: Context, id: string, highlightId: string): TimelineEvent {
  const row = ctx.repos.events.get(id);
  if (!row) throw new DossierFailure('not_found', 'That event no longer exists.');
  if (!ctx.repos.highlights.row(highlightId)) throw new DossierFailure('not_found', 'That passage no longer exists.');
  if (!ctx.repos.events.isLinked(id, highlightId)) {
    ctx.mutate(`Link passage to “${row.title}”`, (w) => {
      w.insert('event_highlights', { event_id: id, highlight_id: highlightId, linked_at: ctx.now() });
    });
  }
  return getEvent(ctx, id);
}

export function unlinkPassage(ctx: Context, id: string, highlightId: string): TimelineEvent {
  const row = ctx.repos.events.get(id);
  if (!row) throw new DossierFailure('not_found', 'That event no longer exists.');
  ctx.mutate(`Unlink passage from “${row.title}”`, (w) => {
    w.delete('event_highlights', { event_id: id, highlight_id: highlightId });
  });
  return getEvent(ctx, id);
}

export function deleteEvent(ctx: Context, id: string): void {
  const row = ctx.repos.events.get(id);
  if (!row) throw new DossierFailure('not_found', 'That event no longer exists.');
  ctx.mutate(`Delete event “${row.title}”`, (w) => {
    for (const hid of ctx.repos.events.linkedHighlightIds(id)) {
      w.delete('event_highlights', { event_id: id, highlight_id: hid });
    }
    w.delete('events', { id });
  });
}

/** The date as typed ("about March 2024") or EDTF, read once here for every client. */
function checkedDate(typed: string): DateReading {
  const read = readDateInput(typed);
  if (!read.ok) throw new DossierFailure('invalid_input', read.message);
  return read.reading;
}

function toEvent(ctx: Context, row: EventRow): TimelineEvent {
  const read = readEdtf(row.date);
  const passages = ctx.repos.highlights.byEvent(row.id);
  return {
    id: row.id as TimelineEvent['id'],
    date: row.date,
    dateLabel: read.ok ? read.reading.label : row.date,
    earliest: row.earliest,
    latest: row.latest,
    title: row.title,
    description: row.description,
    passages,
    createdAt: row.created_at,
    disagreement: disagreementOf(ctx, passages),
    grade: gradeRange(passages.map((p) => p.highlight)),
  };
}
