/**
 * The brief tree as a Word document for readers who live in Word: real headings, block quotes as
 * indented paragraphs with a rule at the left, lists, and every passage citation as a real Word
 * footnote (not a "[1]" in the text), so Word numbers, moves and prints them itself.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { FootnoteDefinition, Nodes, Root, RootContent } from 'mdast';
import { inlineRuns, textRuns, type FootnoteNumbers } from './docx-inline';

const ORDERED = 'brief-ordered';
const HEADINGS = [
  HeadingLevel.TITLE,
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
] as const;

interface Place {
  quoteDepth: number;
  /** The list the next paragraph opens an item of, and how deep it is nested. */
  list: { ordered: boolean; level: number; instance: number } | null;
}

type Block = Paragraph | Table;

export async function briefDocx(tree: Root, title = 'Brief'): Promise<Uint8Array> {
  const definitions = new Map<string, FootnoteDefinition>();
  const walk = (node: Nodes) => {
    if (node.type === 'footnoteDefinition') definitions.set(node.identifier, node);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  const calls = new FootnoteCalls(new Set(definitions.keys()));
  const writer = new BlockWriter(calls);
  const body = writer.blocks(
    tree.children.filter((n) => n.type !== 'footnoteDefinition'),
    top(),
  );
  // Word gives every reference a footnote of its own and numbers them in order, so a passage cited
  // again gets a short note pointing back to its full citation, as Chicago-style notes do.
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  calls.all().forEach(({ identifier, first }, i) => {
    const definition = definitions.get(identifier) as FootnoteDefinition;
    const children =
      first === null
        ? writer.blocks(definition.children, top()).filter((b) => b instanceof Paragraph)
        : [new Paragraph({ children: textRuns(`${shortTitle(definition)}, see note ${first}.`, {}) })];
    footnotes[i + 1] = { children };
  });
  const document = new Document({
    title: title.trim() || 'Brief',
    creator: 'Dossier',
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [0, 1, 2, 3, 4, 5, 6, 7, 8].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    footnotes,
    sections: [{ children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const top = (): Place => ({ quoteDepth: 0, list: null });

/** Every footnote reference written, with the number of the first one to the same passage. */
class FootnoteCalls implements FootnoteNumbers {
  private readonly calls: { identifier: string; first: number | null }[] = [];
  private readonly firstOf = new Map<string, number>();

  constructor(private readonly defined: ReadonlySet<string>) {}

  next(identifier: string): number | undefined {
    if (!this.defined.has(identifier)) return undefined;
    const number = this.calls.length + 1;
    this.calls.push({ identifier, first: this.firstOf.get(identifier) ?? null });
    if (!this.firstOf.has(identifier)) this.firstOf.set(identifier, number);
    return number;
  }

  all() {
    return this.calls;
  }
}

/** The cited document's title: the first emphasised text of its citation. */
function shortTitle(definition: FootnoteDefinition): string {
  const find = (node: Nodes): string | null => {
    if (node.type === 'emphasis') return node.children.map((c) => ('value' in c ? c.value : '')).join('');
    if ('children' in node)
      for (const child of node.children) {
        const found = find(child);
        if (found !== null) return found;
      }
    return null;
  };
  return find(definition) || 'The same passage';
}

class BlockWriter {
  private instances = 0;

  constructor(private readonly numbers: FootnoteNumbers) {}

  blocks(nodes: readonly RootContent[], place: Place): Block[] {
    const out: Block[] = [];
    let first = true;
    for (const node of nodes) {
      // Only the first paragraph of a list item carries its bullet or number; the rest are indented under it.
      if (first || !place.list) out.push(...this.block(node, place, 0));
      else out.push(...this.block(node, { ...place, list: null }, place.list.level + 1));
      first = false;
    }
    return out;
  }

  private block(node: RootContent, place: Place, hangingLevels: number): Block[] {
    const indent = 720 * place.quoteDepth + 720 * hangingLevels;
    const base: Partial<IParagraphOptions> = {
      ...(indent > 0 ? { indent: { left: indent } } : {}),
      ...(place.quoteDepth > 0
        ? { border: { left: { style: BorderStyle.SINGLE, size: 12, color: '888888', space: 8 } } }
        : {}),
      ...this.listOptions(place),
    };
    switch (node.type) {
      case 'heading':
        return [
          new Paragraph({ heading: HEADINGS[node.depth - 1], children: inlineRuns(node.children, this.numbers) }),
        ];
      case 'paragraph':
        return [new Paragraph({ ...base, children: inlineRuns(node.children, this.numbers) })];
      case 'blockquote':
        return this.blocks(node.children, { quoteDepth: place.quoteDepth + 1, list: null });
      case 'list': {
        const instance = ++this.instances;
        const level = place.list ? place.list.level + 1 : hangingLevels;
        return node.children.flatMap((item) =>
          this.blocks(item.children, {
            quoteDepth: place.quoteDepth,
            list: { ordered: node.ordered === true, level, instance },
          }),
        );
      }
      case 'code':
        return [new Paragraph({ ...base, children: textRuns(node.value, { code: true }) })];
      case 'thematicBreak':
        return [
          new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } }),
        ];
      case 'table':
        return [this.table(node.children)];
      default:
        return [];
    }
  }

  private listOptions(place: Place): Partial<IParagraphOptions> {
    if (!place.list) return {};
    const { ordered, level, instance } = place.list;
    return ordered ? { numbering: { reference: ORDERED, level, instance } } : { bullet: { level } };
  }

  private table(rows: Extract<RootContent, { type: 'tableRow' }>[]): Table {
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: rows.map(
        (row, r) =>
          new TableRow({
            tableHeader: r === 0,
            children: row.children.map(
              (cell) =>
                new TableCell({
                  children: [new Paragraph({ children: inlineRuns(cell.children, this.numbers, { bold: r === 0 }) })],
                }),
            ),
          }),
      ),
    });
  }
}
