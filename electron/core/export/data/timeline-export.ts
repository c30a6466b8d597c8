/**
 * The timeline for other tools: CSV in TimelineJS's spreadsheet layout (its Google Sheet template,
 * FEATURES §B21), and JSON with each event's passages. TimelineJS renders Headline and Text as
 * HTML, so our text goes in escaped: a hostile title shows as text, never as markup.
 */
import { stringify } from 'csv-stringify/sync';
import { gradeLabel } from '../../../contract';
import type { DocumentSummary, TimelineEvent } from '../../../contract';
import { passageLink } from '../brief/brief-spec';
import { passageGrade } from '../brief/scope';

export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

type Parts = [year: string, month: string, day: string];

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Year, month, day of each end, as coarse as the bounds allow: a whole month gives year and month only. */
export function timelineDates(
  earliest: string | null,
  latest: string | null,
): { start: Parts; end: Parts | null } | null {
  const from = earliest ?? latest;
  const to = latest ?? earliest;
  if (!from || !to) return null;
  const [fy = '', fm = '', fd = ''] = from.split('-');
  const [ty = '', tm = '', td = ''] = to.split('-');
  const wholeYears = fm === '01' && fd === '01' && tm === '12' && td === '31';
  const wholeMonths = fd === '01' && Number(td) === lastDayOfMonth(Number(ty), Number(tm));
  const n = (s: string) => String(Number(s));
  const start: Parts = wholeYears ? [fy, '', ''] : wholeMonths ? [fy, n(fm), ''] : [fy, n(fm), n(fd)];
  const end: Parts = wholeYears ? [ty, '', ''] : wholeMonths ? [ty, n(tm), ''] : [ty, n(tm), n(td)];
  return { start, end: start.join('-') === end.join('-') ? null : end };
}

export interface TimelineCsv {
  csv: string;
  /** Events with no known date at all, which TimelineJS cannot place: the caller should say so. */
  skipped: TimelineEvent[];
}

export function timelineJsCsv(events: readonly TimelineEvent[], documents: readonly DocumentSummary[]): TimelineCsv {
  const titles = new Map(documents.map((d) => [d.id as string, d.title]));
  const skipped: TimelineEvent[] = [];
  const rows: string[][] = [];
  for (const event of events) {
    const dates = timelineDates(event.earliest, event.latest);
    if (!dates) {
      skipped.push(event);
      continue;
    }
    const text = [
      ...event.description
        .trim()
        .split(/\n\s*\n/)
        .filter(Boolean)
        .map((p) => `<p>${escapeHtml(p)}</p>`),
      ...event.passages.map(
        (p) =>
          `<blockquote>${escapeHtml(p.highlight.quote)}</blockquote>` +
          `<p>— ${escapeHtml(titles.get(p.highlight.documentId) ?? p.documentTitle)}</p>`,
      ),
    ].join('');
    const [y, m, d] = dates.start;
    const [ey, em, ed] = dates.end ?? ['', '', ''];
    rows.push([
      y,
      m,
      d,
      '',
      ey,
      em,
      ed,
      '',
      event.dateLabel,
      escapeHtml(event.title),
      text,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  }
  const csv = stringify(rows, {
    header: true,
    columns: [...TIMELINEJS_COLUMNS],
    bom: true,
    escape_formulas: true,
    record_delimiter: 'windows',
  });
  return { csv, skipped };
}

/** An event's own fields as every JSON export writes them, in this order. */
export function eventFields(e: TimelineEvent) {
  return {
    id: e.id,
    date: e.date,
    dateLabel: e.dateLabel,
    earliest: e.earliest,
    latest: e.latest,
    title: e.title,
    description: e.description,
    disagreement: e.disagreement,
  };
}

export function timelineJson(events: readonly TimelineEvent[], documents: readonly DocumentSummary[]): string {
  const byId = new Map(documents.map((d) => [d.id as string, d]));
  const out = events.map((e) => ({
    ...eventFields(e),
    grade: e.grade,
    passages: e.passages.map((p) => {
      const doc = byId.get(p.highlight.documentId);
      return {
        highlightId: p.highlight.id,
        documentId: p.highlight.documentId,
        documentTitle: doc?.title ?? p.documentTitle,
        quote: p.highlight.quote,
        note: p.highlight.note,
        grade: gradeLabel(passageGrade(p, doc)),
        link: passageLink(p.highlight.documentId, p.highlight.id),
      };
    }),
  }));
  return `${JSON.stringify({ format: 'dossier-timeline', version: 1, events: out }, null, 2)}\n`;
}
