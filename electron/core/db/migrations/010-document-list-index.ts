/**
 * Schema v10: the library list's columns in one covering index, in the list's order. A document's
 * row holds its text and blocks before the columns added later (author, url, language,
 * reliability, and word_count and imported_at after the text), so reading the list from the table
 * walked every document's text: 0.8 s at 50,000 documents. From this index it reads no text, and
 * needs no sort.
 */
export const up = `
CREATE INDEX documents_list ON documents (
  project_id, imported_at, file_name, id, title, source, author, published_date, url, language, format,
  word_count, reliability
);
`;
