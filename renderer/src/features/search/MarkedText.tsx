/**
 * Text with the matched words drawn as <mark> elements, from [start, end) ranges — as React text,
 * never as HTML, so a quote or note holding markup shows that markup as characters.
 */
import type { ReactNode } from 'react';
import type { MarkedText as Marked } from '../../../../electron/contract';

export function MarkedText({ text, marks, className }: Marked & { className?: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [rawStart, rawEnd] of [...marks].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(rawStart, at);
    const end = Math.min(rawEnd, text.length);
    if (end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <span className={className}>{parts}</span>;
}
