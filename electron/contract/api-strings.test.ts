/**
 * Every string field of every method's input, found by walking the schemas (so a field added later
 * is checked too): given control characters, lone surrogates and decomposed accents, it either
 * refuses the value or yields it clean under the text hygiene rule.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { methodNames, methods } from './methods';
import { cleanLine } from './text-hygiene';

/**
 * Not fields but files: bytes base64-encoded, or a codebook file's whole text; the importers clean
 * what they read from them (each tag name and description), and a saved export is written as made.
 */
const NOT_TEXT = new Set([
  'documents.import.files[].contentBase64',
  'documents.replace.file.contentBase64',
  'codebook.import.content',
  'dialog.saveText.content',
]);

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every string schema inside `schema`, with the path a payload reaches it by. */
function stringLeaves(schema: z.ZodType, path: string, out: [string, z.ZodType][] = []): [string, z.ZodType][] {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      out.push([path, schema]);
      break;
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {})) stringLeaves(child, `${path}.${key}`, out);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      stringLeaves(def.innerType as z.ZodType, path, out);
      break;
    case 'array':
      stringLeaves(def.element as z.ZodType, `${path}[]`, out);
      break;
    case 'pipe':
      stringLeaves(def.in as z.ZodType, path, out);
      break;
    case 'union':
      for (const option of def.options ?? []) stringLeaves(option, path, out);
      break;
    case 'number':
    case 'boolean':
    case 'enum':
    case 'literal':
      break;
    default:
      throw new Error(`${path}: the walker does not know zod type "${def.type}"; teach it`);
  }
  return out;
}

const DIRTY_VALUES = [
  'Plain\u0000 \u0001title\u001b[2J\u001b]0;pwned\u0007\u000e\u007f\u009b1m\r\nline\ttab e\u0301 \uD800 \uFEFF\u2028end',
  'https://example.org/a\u001b[2Jb\u0007c\u0000',
  '\u0001 tag\u0000',
  'x\u0000',
];

const leaves = methodNames.flatMap((name) => stringLeaves(methods[name].input, name));

describe('every string field of every method input', () => {
  it('is found by the walker (the test covers the fields it should)', () => {
    const paths = leaves.map(([path]) => path);
    for (const expected of [
      'documents.update.title',
      'documents.update.source',
      'documents.update.author',
      'highlights.create.note',
      'highlights.update.note',
      'highlights.setTags.tags[]',
      'tags.rename.name',
      'events.create.title',
      'events.create.description',
      'events.update.title',
      'events.update.description',
      'export.brief.title',
      'export.brief.summary',
      'links.resolve.link',
      'search.query.q',
      'documents.import.files[].name',
      'documents.get.id',
    ]) {
      expect(paths).toContain(expected);
    }
  });

  it('refuses control characters or yields the value clean (newlines kept only in multi-line fields)', () => {
    for (const [path, schema] of leaves) {
      if (NOT_TEXT.has(path)) continue;
      for (const raw of DIRTY_VALUES) {
        const result = schema.safeParse(raw);
        if (!result.success) continue;
        const value = result.data as string;
        expect(cleanLine(value.replace(/\n/g, ' ')), `${path} ← ${JSON.stringify(raw)}`).toBe(
          value.replace(/\n/g, ' '),
        );
      }
    }
  });

  it('keeps newlines only in notes and descriptions', () => {
    const multiLine = leaves
      .filter(([path, schema]) => !NOT_TEXT.has(path) && schema.safeParse('a\nb').data === 'a\nb')
      .map(([path]) => path);
    expect(multiLine.sort()).toEqual([
      'brief.preview.judgments[].text',
      'brief.preview.summary',
      'brief.save.judgments[].text',
      'brief.save.summary',
      'dialog.exportBrief.judgments[].text',
      'dialog.exportBrief.summary',
      'events.create.description',
      'events.update.description',
      'export.brief.judgments[].text',
      'export.brief.summary',
      'highlights.create.note',
      'highlights.update.note',
      'tags.create.description',
      'tags.update.description',
    ]);
  });

  it('cleans before it checks length and emptiness', () => {
    const title = methods['documents.update'].input.shape.title;
    expect(title.safeParse('\u0000\u0001 ').success).toBe(false);
    const tag = methods['tags.rename'].input.shape.name;
    expect(tag.safeParse('\u001b\u0007').success).toBe(false);
    expect(tag.safeParse(`${'a'.repeat(80)}\u0000`).data).toBe('a'.repeat(80));
  });
});
