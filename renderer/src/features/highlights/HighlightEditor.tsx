/** One highlight's quote, grade, colour, note, tags, corroborating passages and timeline links, plus Delete. */
import { useState } from 'react';
import { CREDIBILITIES, CREDIBILITY_WORDING, type Highlight } from '../../../../electron/contract';
import { GradeBadge } from '../../components/GradeBadge';
import { GradeChoice } from '../../components/GradeChoice';
import { GradingHelpButton } from '../../components/GradingHelp';
import { useAppStore } from '../../store/app-store';
import { Corroboration } from './Corroboration';
import { HIGHLIGHT_COLORS } from './colors';
import { deleteHighlight, placeHighlightOnSelection, updateHighlight } from './highlight-service';
import { SupportedEvents } from './SupportedEvents';
import { TagEditor } from './TagEditor';
import './highlights.css';

export function HighlightEditor({ highlight }: { highlight: Highlight }) {
  const [note, setNote] = useState(highlight.note);
  const openDialog = useAppStore((s) => s.openDialog);
  const hasSelection = useAppStore((s) => s.pendingSelection !== null);
  const selectHighlight = useAppStore((s) => s.selectHighlight);
  const events = useAppStore((s) => s.timeline);

  const saveNote = () => {
    if (note !== highlight.note) void updateHighlight(highlight.id, { note });
  };

  return (
    <section className="highlight-editor" aria-label="Selected highlight">
      <div className="panel-row">
        <button type="button" className="button-quiet" onClick={() => selectHighlight(null)}>
          ← All highlights
        </button>
      </div>
      <blockquote className={`quote-card edge-${highlight.color}`}>
        <GradeBadge grade={highlight} /> {highlight.quote}
      </blockquote>
      {highlight.status === 'needs_review' ? (
        <div className="field">
          <p className="form-error">
            The new version of the document no longer has this passage where Dossier can be sure of it. Select the
            passage in the reader, then place the highlight on it — or delete it.
          </p>
          <div className="form-actions">
            <button type="button" disabled={!hasSelection} onClick={() => void placeHighlightOnSelection(highlight.id)}>
              Place on selected text
            </button>
          </div>
        </div>
      ) : null}
      <GradeChoice
        legend="Information credibility"
        value={highlight.credibility}
        grades={CREDIBILITIES}
        wording={(grade) => CREDIBILITY_WORDING[grade] ?? ''}
        onChange={(credibility) => void updateHighlight(highlight.id, { credibility })}
        help={<GradingHelpButton />}
      />
      <fieldset className="color-row">
        <legend>Colour</legend>
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className={`swatch swatch-${color}`}
            aria-label={`Colour ${color}`}
            aria-pressed={highlight.color === color}
            onClick={() => void updateHighlight(highlight.id, { color })}
          />
        ))}
      </fieldset>
      <label className="field">
        Note
        <textarea
          value={note}
          rows={4}
          placeholder="Why does this passage matter?"
          onChange={(event) => setNote(event.target.value)}
          onBlur={saveNote}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              saveNote();
            }
          }}
        />
      </label>
      <TagEditor highlight={highlight} />
      <Corroboration highlight={highlight} />
      <div className="field">
        <span className="field-label">Timeline</span>
        <SupportedEvents highlightId={highlight.id} />
        <div className="form-actions">
          <button
            type="button"
            onClick={() => openDialog({ kind: 'event-form', highlightId: highlight.id, eventId: null })}
          >
            Add to timeline…
          </button>
          <button
            type="button"
            disabled={events.length === 0}
            onClick={() => openDialog({ kind: 'link-event', highlightId: highlight.id })}
          >
            Link to event…
          </button>
        </div>
      </div>
      <div className="form-actions panel-footer">
        <button type="button" className="button-danger" onClick={() => void deleteHighlight(highlight.id)}>
          Delete highlight
        </button>
      </div>
    </section>
  );
}
