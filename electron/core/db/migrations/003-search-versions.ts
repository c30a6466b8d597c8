/**
 * Schema v3: an index holding every column of a document the search index depends on, so the
 * search worker can compare versions of 10,000 documents without reading their text.
 */
export const up = `
CREATE INDEX documents_search_version
  ON documents(project_id, id, content_hash, title, source, author, language);
`;
