/**
 * The merge plan over plain rows, for what a library rarely shows: a pin the target already gives
 * away, two highlights of the bundle that are one highlight of the target (their link would join a
 * highlight to itself, their tags would repeat a pair), ids in the brief that point nowhere, and a
 * tag tree listed children first.
 */
import { describe, expect, it } from 'vitest';
import { smallSnapshot } from '../bundle/test-bundles';
import { emptyKeys, type ProjectKeys } from '../repos/project-keys-repo';
import { planMerge } from './bundle-merge';

const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

const target = (keys: ProjectKeys, merging = true) => ({ projectId: 'p9', name: 'Haiti', keys, newId: ids(), merging });

describe('planMerge', () => {
  it('fills an empty project with every row, parents before children, references carried', () => {
    const snapshot = smallSnapshot();
    // Children first in the bundle: the plan must still insert the parent first.
    snapshot.tables.tags.reverse();
    const plan = planMerge(snapshot, target(emptyKeys(), false));
    expect(plan.inserts.map((i) => i.table)).toEqual([
      'documents',
      'highlights',
      'highlights',
      'tags',
      'tags',
      'highlight_tags',
      'events',
      'event_highlights',
      'highlight_links',
      'brief_drafts',
    ]);
    const rows = plan.inserts.map((i) => i.row);
    const [doc, h1, , security, police, tagging, , linking, link, brief] = rows;
    expect(security).toMatchObject({ name: 'Security', parent_id: null, project_id: 'p9' });
    expect(police).toMatchObject({ name: 'Police', parent_id: security?.id });
    expect(h1).toMatchObject({ document_id: doc?.id, project_id: 'p9' });
    expect(tagging).toEqual({ highlight_id: h1?.id, tag_id: police?.id });
    expect(linking).toMatchObject({ highlight_id: h1?.id });
    expect(link).toMatchObject({ from_id: h1?.id });
    expect(JSON.parse(String(brief?.judgments_json))).toEqual([{ id: 'k1', text: 'Likely.', citations: [h1?.id] }]);
    expect(plan.warnings).toEqual([]);
  });

  it('reuses what the target holds, unpins a taken key, and drops a link of a highlight to itself', () => {
    const snapshot = smallSnapshot();
    const [h1, h2] = snapshot.tables.highlights;
    if (!h1 || !h2) throw new Error('the small snapshot has two highlights');
    // The second highlight is the first one again, under another id.
    snapshot.tables.highlights = [
      h1,
      { ...h2, start_offset: h1.start_offset, end_offset: h1.end_offset, quote: h1.quote },
    ];
    snapshot.tables.highlight_tags.push({ highlight_id: h2.id, tag_id: 't2' });
    snapshot.tables.tags = snapshot.tables.tags.map((tag) => (tag.name === 'Police' ? { ...tag, pin: 2 } : tag));
    const doc = snapshot.tables.documents[0];
    const keys: ProjectKeys = {
      ...emptyKeys(),
      documents: [{ id: 'd-there', content_hash: doc?.content_hash ?? '' }],
      highlights: [
        {
          id: 'h-there',
          document_id: 'd-there',
          start_offset: h1.start_offset,
          end_offset: h1.end_offset,
          quote: h1.quote,
        },
      ],
      tags: [
        { id: 't-there', name: 'SECURITY', pin: null },
        { id: 'other', name: 'Other', pin: 2 },
      ],
      briefDraft: null,
    };
    const plan = planMerge(snapshot, target(keys));
    expect(plan.added).toEqual({
      documents: 0,
      highlights: 0,
      tags: 1,
      highlight_tags: 1,
      events: 1,
      event_highlights: 1,
      highlight_links: 0,
      brief_drafts: 1,
    });
    expect(plan.unchanged).toMatchObject({
      documents: 1,
      highlights: 2,
      tags: 1,
      highlight_tags: 1,
      highlight_links: 1,
    });
    const police = plan.inserts.find((i) => i.table === 'tags')?.row;
    // "Security" is the target's "SECURITY": the new tag goes under it.
    expect(police).toMatchObject({ name: 'Police', parent_id: 't-there', pin: null });
    expect(plan.inserts.find((i) => i.table === 'highlight_tags')?.row).toEqual({
      highlight_id: 'h-there',
      tag_id: police?.id,
    });
    expect(plan.warnings).toEqual([
      'The tag “Police” is pinned to key 2 in the bundle, which “Haiti” already gives to another tag; it was imported unpinned.',
      expect.stringContaining('“Haiti” had no brief'),
    ]);
  });

  it('keeps the brief ids it does not know, and the target brief over the bundle one', () => {
    const snapshot = smallSnapshot();
    const [brief] = snapshot.tables.brief_drafts;
    if (!brief) throw new Error('the small snapshot has a brief');
    snapshot.tables.brief_drafts = [
      { ...brief, judgments_json: JSON.stringify([{ id: 'k1', text: 'x', citations: ['gone', 'h2'] }]) },
    ];
    const plan = planMerge(snapshot, target(emptyKeys()));
    const h2 = plan.inserts.filter((i) => i.table === 'highlights')[1]?.row.id;
    const written = plan.inserts.find((i) => i.table === 'brief_drafts')?.row;
    expect(JSON.parse(String(written?.judgments_json))).toEqual([{ id: 'k1', text: 'x', citations: ['gone', h2] }]);
    expect(written?.settings_json).toBe(brief.settings_json);

    const kept = planMerge(snapshot, target({ ...emptyKeys(), briefDraft: 'b-there' }));
    expect(kept.inserts.some((i) => i.table === 'brief_drafts')).toBe(false);
    expect(kept.unchanged.brief_drafts).toBe(1);
    expect(kept.warnings).toEqual(["“Haiti” keeps its own brief; the bundle's brief “Brief” was not imported."]);
  });
});
