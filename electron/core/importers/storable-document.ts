/**
 * A parsed document in the form it is stored in: its blocks already serialized. Parsing runs in a
 * worker (parse-pool.ts), and handing back a large file's text plus one JSON string costs the main
 * thread a copy, where 200,000 block objects would cost it a second to rebuild and re-serialize.
 */
import { parseFile, type ParsedDocument } from './import-file';

export type StorableDocument = Omit<ParsedDocument, 'blocks'> & { blocksJson: string };

export async function parseStorable(name: string, bytes: Uint8Array): Promise<StorableDocument> {
  const { blocks, ...doc } = await parseFile(name, bytes);
  return { ...doc, blocksJson: JSON.stringify(blocks) };
}
