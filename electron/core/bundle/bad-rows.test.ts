/**
 * Bundles that are well-formed zips with matching checksums but hold rows Dossier cannot accept:
 * each refused with a message naming the table, the row and the field, or the reference that does
 * not hold. `packBundle` writes them without the writer's own check.
 */
import { describe, expect, it } from 'vitest';
import { readBundle } from './index';
import { packBundle, smallSnapshot } from './test-bundles';

const AGAIN = 'Export the project again from the Dossier it came from.';

type Tables = ReturnType<typeof smallSnapshot>['tables'];
const withRows = (change: (tables: Tables) => Partial<Record<keyof Tables, unknown[]>>) => {
  const tables = smallSnapshot().tables;
  const result = readBundle(packBundle({ ...tables, ...change(tables) }));
  if (result.ok) throw new Error('the bundle was accepted');
  return result.error;
};
const invalid = (what: string) => ({
  code: 'invalid_row',
  message: `This bundle holds data Dossier cannot accept: ${what}. ${AGAIN}`,
});

describe('readBundle refuses rows failing their schemas', () => {
  it('a tag colour that is not #rrggbb', () => {
    expect(withRows((t) => ({ tags: [{ ...t.tags[0], color: 'red' }, t.tags[1]] }))).toEqual(
      invalid('tags row 1 (id "t1") has an invalid color: is not a colour written #rrggbb'),
    );
  });

  it('a highlight colour, status or credibility outside the contract', () => {
    const [h1, h2] = smallSnapshot().tables.highlights;
    expect(withRows(() => ({ highlights: [h1, { ...h2, color: 'orange' }] })).message).toBe(
      invalid(
        'highlights row 2 (id "h2") has an invalid color: Invalid option: expected one of "yellow"|"green"|"blue"|"pink"|"purple"',
      ).message,
    );
    expect(withRows(() => ({ highlights: [{ ...h1, credibility: 7 }, h2] })).message).toBe(
      invalid(
        'highlights row 1 (id "h1") has an invalid credibility: Information credibility is a digit from 1 (confirmed) to 6 (cannot be judged)',
      ).message,
    );
    expect(withRows(() => ({ highlights: [{ ...h1, status: 'lost' }, h2] })).code).toBe('invalid_row');
  });

  it('a document reliability, a block outside the text, a control character', () => {
    const [doc] = smallSnapshot().tables.documents;
    expect(withRows(() => ({ documents: [{ ...doc, reliability: 'G' }] })).message).toBe(
      invalid(
        'documents row 1 (id "d1") has an invalid reliability: Source reliability is a letter from A (completely reliable) to F (cannot be judged)',
      ).message,
    );
    const blocks = JSON.stringify([{ type: 'paragraph', start: 0, end: 9999 }]);
    expect(withRows(() => ({ documents: [{ ...doc, blocks_json: blocks }] })).message).toBe(
      invalid('documents row 1 (id "d1") has an invalid blocks_json: block 0 lies outside the text').message,
    );
    expect(withRows(() => ({ documents: [{ ...doc, title: 'Bell\u0007' }] })).message).toBe(
      invalid('documents row 1 (id "d1") has an invalid title: holds a line break or a control character').message,
    );
  });

  it('an event date that is not EDTF, or bounds that do not match it', () => {
    const [event] = smallSnapshot().tables.events;
    expect(withRows(() => ({ events: [{ ...event, date: 'next tuesday' }] })).message).toMatch(
      /^This bundle holds data Dossier cannot accept: events row 1 \(id "e1"\) has an invalid date: is not an EDTF date: /,
    );
    expect(withRows(() => ({ events: [{ ...event, latest: '2030-01-01' }] })).message).toBe(
      invalid('events row 1 (id "e1") has an invalid latest: does not match the date 2024-06-25').message,
    );
  });

  it('a column this version does not know, and a repeated key', () => {
    const [tag, other] = smallSnapshot().tables.tags;
    expect(withRows(() => ({ tags: [{ ...tag, weight: 3 }, other] })).message).toBe(
      invalid('tags row 1 (id "t1") has a field this version does not know: weight').message,
    );
    expect(withRows(() => ({ tags: [tag, { ...other, id: 't1' }] })).message).toBe(
      invalid('tags row 2 (id "t1") repeats the key of an earlier row').message,
    );
  });

  it('brief judgments that are not the contract’s judgments', () => {
    const [draft] = smallSnapshot().tables.brief_drafts;
    expect(withRows(() => ({ brief_drafts: [{ ...draft, judgments_json: '[{"id":"bad id!"}]' }] })).message).toBe(
      invalid(
        'brief_drafts row 1 (id "b1") has an invalid judgments_json: is not valid key judgments at 0.id: A judgment id is 1–64 letters, digits, _ or -',
      ).message,
    );
  });
});

const broken = (what: string) => ({
  code: 'broken_reference',
  message: `This bundle is inconsistent: ${what}. ${AGAIN}`,
});

describe('readBundle refuses references that do not hold', () => {
  it('a highlight whose document is not in the bundle', () => {
    const [h1, h2] = smallSnapshot().tables.highlights;
    expect(withRows(() => ({ highlights: [h1, { ...h2, document_id: 'd9' }] }))).toEqual(
      broken('highlight h2 belongs to document d9, which is not in the bundle'),
    );
  });

  it('a tag whose parent is missing', () => {
    const [t1, t2] = smallSnapshot().tables.tags;
    expect(withRows(() => ({ tags: [t1, { ...t2, parent_id: 't9' }] }))).toEqual(
      broken('tag t2 sits under tag t9, which is not in the bundle'),
    );
  });

  it('a loop in the tag tree', () => {
    const [t1, t2] = smallSnapshot().tables.tags;
    expect(withRows(() => ({ tags: [{ ...t1, parent_id: 't2' }, t2] }))).toEqual(
      broken('tag t1 sits under itself (the tag tree has a loop)'),
    );
  });

  it('an event linked to a missing highlight', () => {
    expect(
      withRows(() => ({
        event_highlights: [{ event_id: 'e1', highlight_id: 'h9', linked_at: '2025-01-01T00:00:00.000Z' }],
      })),
    ).toEqual(broken('event e1 links highlight h9, which is not in the bundle'));
  });

  it('a row of another project, a tag name twice, a link to a missing highlight', () => {
    const { tags, events } = smallSnapshot().tables;
    expect(withRows(() => ({ events: [{ ...events[0], project_id: 'p2' }] }))).toEqual(
      broken("events row e1 belongs to project p2, not to the bundle's project"),
    );
    expect(withRows(() => ({ tags: [tags[0], { ...tags[1], name: 'SECURITY' }] }))).toEqual(
      broken('tag t2 has the same name as another tag (“SECURITY”)'),
    );
    const link = { from_id: 'h1', to_id: 'h7', kind: 'contradicts', created_at: '2025-01-01T00:00:00.000Z' };
    expect(withRows(() => ({ highlight_links: [link] }))).toEqual(
      broken('a contradicts link names highlight h7, which is not in the bundle'),
    );
  });
});
