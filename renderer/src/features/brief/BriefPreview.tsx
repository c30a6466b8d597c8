/**
 * The live preview: the syntax tree Export serializes, rendered as React
 * elements. Passage links open the passage in the reader; footnote links scroll within the preview.
 */
import { useMemo, type ComponentProps, type MouseEvent } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { openDocument, openPassage } from '../../navigation/navigation';
import { useBrief } from './brief-store';
import { classifyLink } from './preview-links';
import { renderBriefTree } from './render-markdown';

function PreviewAnchor({ href, children, className, ...rest }: ComponentProps<'a'>) {
  const link = classifyLink(href ?? '');
  if (link.kind === 'external') {
    return (
      <span className="brief-external-link" title={`${link.url} (web addresses open outside Dossier)`}>
        {children}
      </span>
    );
  }
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (link.kind === 'passage') {
      void openPassage(link.passage, { select: true });
      return;
    }
    if (link.kind === 'document') {
      void openDocument(link.documentId);
      return;
    }
    const page = event.currentTarget.closest('.brief-preview-page');
    const target = page?.querySelector(`#${CSS.escape(link.id)}`);
    if (target instanceof HTMLElement) {
      target.scrollIntoView({ block: 'center' });
      target.closest('li')?.classList.add('brief-target');
      setTimeout(() => target.closest('li')?.classList.remove('brief-target'), 1200);
    }
  };
  const kind = link.kind === 'anchor' ? className : 'brief-passage-link';
  return (
    <a {...rest} href={href} className={kind} onClick={follow}>
      {children}
    </a>
  );
}

export function BriefPreview({ hasPassages }: { hasPassages: boolean }) {
  const preview = useBrief((s) => s.preview);
  const error = useBrief((s) => s.previewError);
  const content = useMemo(() => (preview ? renderBriefTree(preview.tree, { a: PreviewAnchor }) : null), [preview]);

  return (
    <section className="brief-preview" aria-label="Brief preview">
      <header className="brief-pane-header">
        <h3>Preview</h3>
        <span className="brief-pane-hint">Exactly what Export writes</span>
      </header>
      {error ? (
        <p className="brief-preview-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="brief-preview-scroll">
        {hasPassages ? null : (
          <EmptyState title="No passages yet">
            A brief quotes the passages you highlight. Open a document in the reader, select a sentence and press H —
            its quote, note and grade then appear here with a footnote to its source.
          </EmptyState>
        )}
        <article className="brief-preview-page" aria-busy={!preview}>
          {content ?? <p className="panel-hint">Building the preview…</p>}
        </article>
      </div>
    </section>
  );
}
