/** A calm placeholder that says what is missing and how to get it. */
import type { ReactNode } from 'react';

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{title}</p>
      {children ? <p className="empty-hint">{children}</p> : null}
    </div>
  );
}
