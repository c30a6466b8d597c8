import { describe, expect, it } from 'vitest';
import { describeCounts, describeRowCounts, freeProjectName } from './project-names';

describe('freeProjectName', () => {
  const projects = [{ name: 'Haiti: the MSS mission' }, { name: 'Sahel' }, { name: 'sahel (2)' }];

  it('keeps a name no project has', () => {
    expect(freeProjectName('Congo', projects)).toBe('Congo');
  });

  it('numbers a taken name past every variant taken, in any case', () => {
    expect(freeProjectName('Haiti: the MSS mission', projects)).toBe('Haiti: the MSS mission (2)');
    expect(freeProjectName('SAHEL', projects)).toBe('SAHEL (3)');
  });
});

describe('counts in words', () => {
  it("says a project's counts with singular and plural", () => {
    expect(describeCounts({ documentCount: 1, highlightCount: 12, tagCount: 0, eventCount: 2 })).toBe(
      '1 document, 12 highlights, 0 tags, 2 events',
    );
  });

  it("says a bundle's rows an analyst counts, leaving out zeros and link tables", () => {
    expect(describeRowCounts({ projects: 1, documents: 3, highlights: 1, highlight_tags: 9, tags: 0, events: 2 })).toBe(
      '3 documents, 1 highlight, 2 events',
    );
    expect(describeRowCounts({ projects: 1 })).toBe('nothing');
  });
});
