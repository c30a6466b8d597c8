/** Schema v2: what an imported file states about itself — author, canonical URL, language. */
export const up = `
ALTER TABLE documents ADD COLUMN author TEXT;
ALTER TABLE documents ADD COLUMN url TEXT;
ALTER TABLE documents ADD COLUMN language TEXT;
`;
