/**
 * The right-hand column: highlight, tags, timeline or dates. The shell sets its width (resizable
 * beside the reader) or shows it as a drawer over the reader in a narrow window.
 */
import type { ComponentType } from 'react';
import { useAppStore } from '../store/app-store';
import type { Panel } from '../store/ui-slice';
import { DatesPanel } from '../features/dates/DatesPanel';
import { HighlightPanel } from '../features/highlights/HighlightPanel';
import { TagsPanel } from '../features/tags/TagsPanel';
import { TimelinePanel } from '../features/timeline/TimelinePanel';

const tabs: { id: Panel; label: string }[] = [
  { id: 'highlight', label: 'Highlights' },
  { id: 'tags', label: 'Tags' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'dates', label: 'Dates' },
];

const bodies: Record<Panel, ComponentType> = {
  highlight: HighlightPanel,
  tags: TagsPanel,
  timeline: TimelinePanel,
  dates: DatesPanel,
};

export function ContextPanel() {
  const panel = useAppStore((s) => s.panel);
  const setPanel = useAppStore((s) => s.setPanel);
  const Body = bodies[panel];
  return (
    <aside className="context-panel" aria-label="Context panel">
      <div className="tabs" role="tablist" aria-label="Panels">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={panel === tab.id}
            aria-controls="panel-body"
            onClick={() => setPanel(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div className="panel-body" id="panel-body" role="tabpanel" aria-labelledby={`tab-${panel}`}>
        <Body />
      </div>
    </aside>
  );
}
