/**
 * What the codebook exchange formats (.qdc, .csv) have in common: a code as a file gives it, its
 * parent named rather than pointed at, so an import can merge by name into any library.
 */

/** One code read from a file, its text as written there (cleaned when it is merged). */
export interface CodebookEntry {
  name: string;
  /** The parent code's name; null at the top; undefined when the file does not say (a CSV without a parent column). */
  parent: string | null | undefined;
  /** As written in the file ("" when it gives none); checked when it is merged. */
  color: string;
  description: string;
  /** Where the entry is in the file, for messages: "line 4 of tags.csv", "code “Threats” in codebook.qdc". */
  where: string;
}

/** What a reader made of a file: its codes in file order, and what it could not carry over. */
export interface CodebookFile {
  entries: CodebookEntry[];
  warnings: string[];
}

/** A tag as the writers need it, in tree order (each parent before its children). */
export interface ExportTag {
  id: string;
  name: string;
  parentId: string | null;
  color: string | null;
  description: string;
}
