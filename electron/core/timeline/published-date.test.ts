/** The published date a document's text suggests: dateline, "Published" line, else the latest written date. */
import { describe, expect, it } from 'vitest';
import { suggestPublishedDate } from './published-date';

describe('suggestPublishedDate', () => {
  it('reads a dateline, taking a missing year from the latest date in the text', () => {
    const text =
      'PORT-AU-PRINCE, Oct 2 (Reuters) - The U.N. Security Council on Monday renewed the mission, ' +
      'approved in October 2023, after a summer of attacks in May 2024.';
    expect(suggestPublishedDate(text)).toEqual({
      text: 'Oct 2',
      start: text.indexOf('Oct 2'),
      end: text.indexOf('Oct 2') + 5,
      edtf: '2024-10-02',
      why: 'dateline, with the year of the latest date in the text (2024)',
    });
    const full =
      'Haiti renews mission\n\nWASHINGTON, October 2, 2024 (AP) — The council voted in 2023 and again today.';
    expect(suggestPublishedDate(full)).toMatchObject({ text: 'October 2, 2024', edtf: '2024-10-02', why: 'dateline' });
  });

  it('prefers a "Published" line to an "Updated" one', () => {
    const text = 'Updated: 3 October 2024\nPublished 2 October 2024\n\nThe mission was approved in October 2023.';
    expect(suggestPublishedDate(text)).toMatchObject({
      text: '2 October 2024',
      start: text.indexOf('2 October 2024'),
      edtf: '2024-10-02',
      why: '“Published” line',
    });
    expect(suggestPublishedDate('Last updated on 3 Oct 2024. It began in 2021.')).toMatchObject({
      edtf: '2024-10-03',
      why: '“Last updated” line',
    });
  });

  it('else takes the latest written date, not one the text looks ahead to', () => {
    const text =
      'The mission, approved in October 2023, was extended until October 2025; on July 7, 2021 a president died.';
    expect(suggestPublishedDate(text)).toMatchObject({
      text: 'October 2023',
      edtf: '2023-10',
      why: 'latest date written in the text',
    });
  });

  it('is null when the text writes no date in full', () => {
    expect(suggestPublishedDate('The council met on Monday and again on 30 September.')).toBeNull();
    expect(suggestPublishedDate('PORT-AU-PRINCE, Oct 2 (Reuters) - Nothing else is dated.')).toBeNull();
  });
});
