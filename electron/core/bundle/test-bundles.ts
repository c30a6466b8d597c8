/**
 * Test support for bundles: a small valid project snapshot made by hand, and `packBundle`, which
 * zips tables exactly as `writeBundle` does (manifest, checksums, counts) but without checking them,
 * so a test can hand the reader well-formed bundles holding bad rows. Headers that lie are made
 * with ../zip/test-zips.ts.
 */
import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import { FORMAT_NAME, FORMAT_VERSION, dataPath, type ProjectSnapshot } from './format';
import { bundleTables } from './row-schemas';
import { stableJson } from './stable-json';

const T = '2025-01-01T00:00:00.000Z';
const PROJECT = 'p1';
const text = 'Kenyan police arrived in Port-au-Prince on 25 June 2024. 👮🏿 مرحبا';

export function smallSnapshot(): ProjectSnapshot {
  const doc = {
    id: 'd1',
    project_id: PROJECT,
    title: 'Arrival',
    source: 'Reuters',
    author: null,
    published_date: '2024-06',
    url: 'https://example.org/a',
    language: 'en',
    file_name: 'arrival.txt',
    format: 'text' as const,
    content_hash: createHash('sha256').update(text).digest('hex'),
    text,
    blocks_json: JSON.stringify([{ type: 'paragraph', start: 0, end: text.length }]),
    word_count: 12,
    reliability: 'B' as const,
    imported_at: T,
    updated_at: T,
    replaced_at: null,
  };
  const highlight = (id: string, start: number, end: number) => ({
    id,
    project_id: PROJECT,
    document_id: 'd1',
    start_offset: start,
    end_offset: end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 8), start),
    suffix: text.slice(end, end + 8),
    color: 'green' as const,
    note: 'line one\nline two',
    status: 'anchored' as const,
    credibility: 2,
    created_at: T,
    updated_at: T,
  });
  const tag = (id: string, name: string, parent: string | null, pin: number | null) => ({
    id,
    project_id: PROJECT,
    name,
    parent_id: parent,
    color: '#1f77b4',
    description: `About ${name}`,
    pin,
    created_at: T,
  });
  return {
    tables: {
      projects: [{ id: PROJECT, name: 'Haiti', created_at: T }],
      documents: [doc],
      highlights: [highlight('h1', 0, 13), highlight('h2', 14, 30)],
      tags: [tag('t1', 'Security', null, 1), tag('t2', 'Police', 't1', null)],
      highlight_tags: [{ highlight_id: 'h1', tag_id: 't2' }],
      events: [
        {
          id: 'e1',
          project_id: PROJECT,
          date: '2024-06-25',
          earliest: '2024-06-25',
          latest: '2024-06-25',
          title: 'Police arrive',
          description: '',
          created_at: T,
          updated_at: T,
        },
      ],
      event_highlights: [{ event_id: 'e1', highlight_id: 'h1', linked_at: T }],
      highlight_links: [{ from_id: 'h1', to_id: 'h2', kind: 'corroborates', created_at: T }],
      brief_drafts: [
        {
          id: 'b1',
          project_id: PROJECT,
          title: 'Brief',
          settings_json: JSON.stringify({ structure: 'chronological', scope: {}, sections: {} }),
          summary: 'So far.',
          judgments_json: JSON.stringify([{ id: 'k1', text: 'Likely.', citations: ['h1'] }]),
          updated_at: T,
        },
      ],
    },
    originals: [],
  };
}

type Tables = Record<string, unknown>;

/** Zips tables (and extra entries) with a manifest that matches them, unchecked; `manifest` patches it. */
export function packBundle(
  tables: Tables,
  options: { extra?: Record<string, Uint8Array>; manifest?: Record<string, unknown> } = {},
): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const table of bundleTables) entries[dataPath(table)] = new TextEncoder().encode(stableJson(tables[table]));
  Object.assign(entries, options.extra);
  const counts: Record<string, number> = { originals: Object.keys(options.extra ?? {}).length };
  for (const table of bundleTables) counts[table] = (tables[table] as unknown[]).length;
  const project = (tables.projects as { id: string; name: string }[])[0];
  const manifest = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    appVersion: '0.1.0',
    createdAt: T,
    project: { id: project?.id, name: project?.name },
    counts,
    files: Object.fromEntries(
      Object.entries(entries).map(([path, bytes]) => [
        path,
        { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length },
      ]),
    ),
    ...options.manifest,
  };
  const zippable: Zippable = { 'manifest.json': new TextEncoder().encode(JSON.stringify(manifest)), ...entries };
  return zipSync(zippable);
}
