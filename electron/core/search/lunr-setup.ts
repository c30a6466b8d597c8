/**
 * Our lunr configuration: English pipeline plus diacritic folding, so "António" and "Antonio"
 * match each other, applied the same way to documents and to queries.
 */
import lunr from 'lunr';

/** Strips combining marks after canonical decomposition: é → e, ñ → n. */
export function foldDiacritics(token: lunr.Token): lunr.Token {
  return token.update((s) => s.normalize('NFD').replace(/\p{M}+/gu, ''));
}
lunr.Pipeline.registerFunction(foldDiacritics, 'foldDiacritics');

export const BODY_FIELD = 'body';

export interface IndexedDocument {
  id: string;
  title: string;
  source: string | null;
  text: string;
}

export function buildIndex(documents: Iterable<IndexedDocument>): lunr.Index {
  return lunr(function () {
    this.ref('id');
    this.field('title', { boost: 8 });
    this.field('source', { boost: 2 });
    this.field(BODY_FIELD);
    this.metadataWhitelist = ['position'];
    this.pipeline.before(lunr.stemmer, foldDiacritics);
    this.searchPipeline.before(lunr.stemmer, foldDiacritics);
    this.searchPipeline.before(foldDiacritics, lunr.trimmer);
    for (const doc of documents) this.add({ id: doc.id, title: doc.title, source: doc.source ?? '', body: doc.text });
  });
}
