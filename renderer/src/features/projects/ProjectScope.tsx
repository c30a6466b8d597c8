/**
 * Keys the app by the project switch count, so a switch starts every component afresh (a list's
 * filters and selection, a view's scroll and open forms) along with the store.
 */
import { Fragment, type ReactNode } from 'react';
import { useAppStore } from '../../store/app-store';

export function ProjectScope({ children }: { children: ReactNode }) {
  const epoch = useAppStore((s) => s.projectEpoch);
  return <Fragment key={epoch}>{children}</Fragment>;
}
