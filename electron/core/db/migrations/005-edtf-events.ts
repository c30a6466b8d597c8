/**
 * Schema v5: event dates become EDTF (contract/dates). A stored date was already "2024",
 * "2024-10" or "2024-10-01" cut to its precision, which is the same date in EDTF, so `date` keeps
 * its value and `precision` goes. Two columns hold the first and last day the date may fall on
 * (null for an open end), which ordering and the `date:` filter use. The change log's images of
 * events get the same shape, so undoing an older change writes a row this schema accepts.
 */
import { readEdtf } from '../../../contract';
import type { Db } from '../open';

type EventImage = Record<string, unknown>;

function withBounds(row: EventImage): EventImage {
  const rest = { ...row };
  delete rest.precision;
  const date = typeof rest.date === 'string' ? rest.date : '';
  const read = readEdtf(date);
  return { ...rest, earliest: read.ok ? read.reading.earliest : null, latest: read.ok ? read.reading.latest : null };
}

export function up(db: Db): void {
  db.exec(`
    ALTER TABLE events ADD COLUMN earliest TEXT;
    ALTER TABLE events ADD COLUMN latest TEXT;
  `);
  const rows = db.prepare('SELECT id, date FROM events').all() as { id: string; date: string }[];
  const setBounds = db.prepare('UPDATE events SET earliest = ?, latest = ? WHERE id = ?');
  for (const row of rows) {
    const bounds = withBounds(row);
    setBounds.run(bounds.earliest, bounds.latest, row.id);
  }
  db.exec(`
    DROP INDEX events_project_date;
    ALTER TABLE events DROP COLUMN precision;
    CREATE INDEX events_project_order ON events(project_id, earliest, latest);
  `);
  const images = db
    .prepare("SELECT seq, before_json, after_json FROM change_log WHERE table_name = 'events'")
    .all() as { seq: number; before_json: string | null; after_json: string | null }[];
  const setImages = db.prepare('UPDATE change_log SET before_json = ?, after_json = ? WHERE seq = ?');
  const rewrite = (json: string | null) =>
    json === null ? null : JSON.stringify(withBounds(JSON.parse(json) as EventImage));
  for (const image of images) setImages.run(rewrite(image.before_json), rewrite(image.after_json), image.seq);
}
