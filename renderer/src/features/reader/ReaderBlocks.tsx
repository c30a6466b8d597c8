/** Renders the document's blocks as React elements (never as HTML), grouping list items into lists. */
import type { ReactNode } from 'react';
import type { Block, DocumentDetail, HighlightId } from '../../../../electron/contract';
import { ReaderText } from './ReaderText';
import type { Layers } from './segments';

interface Props {
  doc: DocumentDetail;
  layers: Layers;
  selectedId: HighlightId | null;
}

type Group = { list: true; ordered: boolean; items: Block[] } | { list: false; block: Block };

function groupBlocks(blocks: readonly Block[]): Group[] {
  const groups: Group[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.type === 'list_item') {
      const ordered = block.ordered ?? false;
      if (last?.list && last.ordered === ordered) last.items.push(block);
      else groups.push({ list: true, ordered, items: [block] });
    } else {
      groups.push({ list: false, block });
    }
  }
  return groups;
}

export function ReaderBlocks({ doc, layers, selectedId }: Props) {
  const text = (block: Block): ReactNode => (
    <ReaderText text={doc.text} block={block} highlights={doc.highlights} layers={layers} selectedId={selectedId} />
  );
  return groupBlocks(doc.blocks).map((group) => {
    if (group.list) {
      const items = group.items.map((item) => <li key={item.start}>{text(item)}</li>);
      const key = group.items[0]?.start ?? 0;
      return group.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
    }
    const { block } = group;
    switch (block.type) {
      case 'heading': {
        const Tag = `h${Math.min((block.level ?? 1) + 1, 6)}` as 'h2';
        return <Tag key={block.start}>{text(block)}</Tag>;
      }
      case 'quote':
        return <blockquote key={block.start}>{text(block)}</blockquote>;
      case 'code':
        return (
          <pre key={block.start}>
            <code>{text(block)}</code>
          </pre>
        );
      default:
        return <p key={block.start}>{text(block)}</p>;
    }
  });
}
