/**
 * A project leaving the library whole: as a `.dossier` bundle (every row, for another Dossier) or
 * as a REFI-QDA `.qdpx` (documents and coding, for NVivo, ATLAS.ti, MAXQDA and QualCoder). Kept
 * apart from methods.ts like brief.ts; `methods` spreads this map in. Importing both comes with
 * projects as a runtime scope.
 */
import { z } from 'zod';

const Empty = z.object({}).strict();
const Count = z.number().int().nonnegative();

export const portableMethods = {
  /**
   * The project as a .qdpx (project.qde and each document's text). Highlights that need review are
   * left out, since their range may no longer hold their quote; `skippedHighlights` counts them.
   */
  'export.qdpx': {
    input: Empty,
    output: z.object({ fileName: z.string(), contentBase64: z.string(), skippedHighlights: Count }),
  },
  /** The project as a .dossier bundle; `counts` gives its rows per table and its original files. */
  'bundle.export': {
    input: Empty,
    output: z.object({
      fileName: z.string(),
      contentBase64: z.string(),
      project: z.object({ id: z.string(), name: z.string() }),
      counts: z.record(z.string(), Count),
    }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
