/** The part of the `edtf` package (no bundled types) that Dossier uses: its EDTF grammar. */
declare module 'edtf' {
  export interface EdtfDateNode {
    type: 'Date' | 'Year' | 'Season' | 'Decade' | 'Century' | 'Set' | 'List';
    level: number;
    values: number[];
    /** true, or a bitmask at level 2 when only some components are qualified. */
    approximate?: boolean | number;
    uncertain?: boolean | number;
    unspecified?: number;
    offset?: number;
  }
  export interface EdtfIntervalNode {
    type: 'Interval';
    level: number;
    /** null for an open ("..") or unknown ("") end. */
    values: [EdtfDateNode | null, EdtfDateNode | null];
  }
  export type EdtfNode = EdtfDateNode | EdtfIntervalNode;
  export function parse(input: string, constraints?: { level?: number; types?: string[] }): EdtfNode;
}
