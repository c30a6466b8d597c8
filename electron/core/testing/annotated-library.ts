/** Test support: a library with one document, a tagged highlight and an event citing it. */
import type { DocumentDetail, Highlight, TimelineEvent } from '../../contract';
import { fileOf, type TempCore } from './temp-core';

export const reportText =
  'Kenyan police arrived in Port-au-Prince\n' +
  'The first Kenyan police officers arrived in Port-au-Prince on 25 June 2024 to lead the mission.\n' +
  'Gangs still control most of the capital, the report said.\n';

export interface AnnotatedLibrary {
  doc: DocumentDetail;
  highlight: Highlight;
  event: TimelineEvent;
}

/** Highlights `phrase` (its first occurrence) in the document. */
export async function highlightPhrase(t: TempCore, doc: DocumentDetail, phrase: string, tags: string[] = []) {
  const start = doc.text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the document`);
  const highlight = await t.call('highlights.create', {
    documentId: doc.id,
    start,
    end: start + phrase.length,
    color: 'yellow',
  });
  return tags.length ? t.call('highlights.setTags', { id: highlight.id, tags }) : highlight;
}

export async function annotatedLibrary(t: TempCore): Promise<AnnotatedLibrary> {
  const report = await t.call('documents.import', { files: [fileOf('kenya.txt', reportText)] });
  const summary = report.imported[0];
  if (!summary) throw new Error('import failed');
  const doc = await t.call('documents.get', { id: summary.id });
  const highlight = await highlightPhrase(t, doc, 'first Kenyan police officers arrived', ['deployment', 'Kenya']);
  const event = await t.call('events.create', {
    date: '2024-06-25',
    title: 'Kenyan police arrive',
    highlightIds: [highlight.id],
  });
  return { doc, highlight, event };
}
