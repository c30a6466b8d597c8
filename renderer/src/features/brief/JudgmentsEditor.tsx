/**
 * The analyst's own words: the summary and the key judgments (Markdown), each judgment citing
 * passages — picked from a list or dropped onto it — shown as chips with a remove button. Typing
 * is saved after a pause; adding, citing, moving and deleting at once, each one undo step.
 */
import { useState } from 'react';
import type { BriefDraft, BriefJudgment, HighlightId } from '../../../../electron/contract';
import { runCommand } from '../../commands/registry';
import { showToast } from '../../store/toasts';
import type { BriefPassage } from './brief-passages';
import { editBrief } from './brief-service';
import { carriesPassage, droppedPassage } from './dragged-passage';
import { PassagePicker } from './PassagePicker';

const newJudgmentId = (): string => `j-${crypto.randomUUID()}`;
const short = (quote: string) => (quote.length > 70 ? `${quote.slice(0, 68).trimEnd()}…` : quote);

export function JudgmentsEditor({ draft, passages }: { draft: BriefDraft; passages: readonly BriefPassage[] }) {
  const [picking, setPicking] = useState<string | null>(null);
  const judgments = draft.judgments;
  const quoteOf = (id: HighlightId) => passages.find((p) => p.highlightId === id)?.quote;

  const change = (list: BriefJudgment[], pause = false) => editBrief({ judgments: list }, { pause });
  const update = (id: string, patch: Partial<BriefJudgment>, pause = false) =>
    change(
      judgments.map((j) => (j.id === id ? { ...j, ...patch } : j)),
      pause,
    );
  const cite = (id: string, highlightId: HighlightId) => {
    const judgment = judgments.find((j) => j.id === id);
    if (judgment && !judgment.citations.includes(highlightId)) {
      update(id, { citations: [...judgment.citations, highlightId] });
    }
  };
  const move = (index: number, by: -1 | 1) => {
    const list = [...judgments];
    const [moved] = list.splice(index, 1);
    if (!moved) return;
    list.splice(index + by, 0, moved);
    change(list);
  };
  const remove = (judgment: BriefJudgment, index: number) => {
    change(judgments.filter((j) => j.id !== judgment.id));
    showToast({
      tone: 'info',
      message: `Deleted judgment ${index + 1}`,
      action: { label: 'Undo', run: () => runCommand('undo') },
    });
  };
  const picked = judgments.find((j) => j.id === picking);

  return (
    <section className="brief-card" aria-labelledby="brief-words-title">
      <h3 id="brief-words-title">Summary and key judgments</h3>
      <label className="brief-field">
        Summary <span className="brief-field-hint">Markdown</span>
        <textarea
          rows={4}
          value={draft.summary}
          placeholder="The bottom line up front: what the evidence shows, in a few sentences."
          onChange={(event) => editBrief({ summary: event.target.value }, { pause: true })}
        />
      </label>
      <ol className="brief-judgments" aria-label="Key judgments">
        {judgments.map((judgment, index) => (
          <JudgmentItem
            key={judgment.id}
            judgment={judgment}
            index={index}
            count={judgments.length}
            quoteOf={quoteOf}
            onText={(text) => update(judgment.id, { text }, true)}
            onUncite={(id) => update(judgment.id, { citations: judgment.citations.filter((c) => c !== id) })}
            onCite={(id) => cite(judgment.id, id)}
            onPick={() => setPicking(judgment.id)}
            onMove={(by) => move(index, by)}
            onDelete={() => remove(judgment, index)}
          />
        ))}
      </ol>
      <button
        type="button"
        className="brief-add"
        onClick={() => change([...judgments, { id: newJudgmentId(), text: '', citations: [] }])}
      >
        + Add judgment
      </button>
      {picked ? (
        <PassagePicker
          passages={passages}
          cited={picked.citations}
          onPick={(id) => cite(picked.id, id)}
          onClose={() => setPicking(null)}
        />
      ) : null}
    </section>
  );
}

function JudgmentItem(props: {
  judgment: BriefJudgment;
  index: number;
  count: number;
  quoteOf: (id: HighlightId) => string | undefined;
  onText: (text: string) => void;
  onUncite: (id: HighlightId) => void;
  onCite: (id: HighlightId) => void;
  onPick: () => void;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
}) {
  const { judgment, index, count, quoteOf } = props;
  const [over, setOver] = useState(false);
  const label = `Judgment ${index + 1}`;
  return (
    <li
      className={`brief-judgment${over ? ' drop-over' : ''}`}
      aria-label={label}
      onDragOver={(event) => {
        if (!carriesPassage(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        const id = droppedPassage(event);
        if (!id) return;
        event.preventDefault();
        props.onCite(id);
      }}
    >
      <div className="brief-judgment-head">
        <span className="brief-judgment-number" aria-hidden="true">
          {index + 1}
        </span>
        <textarea
          aria-label={`${label} text`}
          rows={2}
          value={judgment.text}
          placeholder="We assess that… (Markdown)"
          onChange={(event) => props.onText(event.target.value)}
        />
        <div className="brief-judgment-tools" role="group" aria-label={`${label} actions`}>
          <button
            type="button"
            className="button-quiet"
            aria-label={`Move ${label.toLowerCase()} up`}
            disabled={index === 0}
            onClick={() => props.onMove(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="button-quiet"
            aria-label={`Move ${label.toLowerCase()} down`}
            disabled={index === count - 1}
            onClick={() => props.onMove(1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="button-quiet"
            aria-label={`Delete ${label.toLowerCase()}`}
            onClick={props.onDelete}
          >
            ✕
          </button>
        </div>
      </div>
      <div className="brief-citations">
        <ul aria-label={`${label} citations`}>
          {judgment.citations.map((id) => {
            const quote = quoteOf(id);
            return (
              <li key={id} className={`brief-chip${quote === undefined ? ' missing' : ''}`}>
                <span className="brief-chip-quote">
                  {quote === undefined ? '⚠ passage deleted' : `“${short(quote)}”`}
                </span>
                <button
                  type="button"
                  aria-label={`Remove citation ${quote === undefined ? 'of a deleted passage' : `“${short(quote)}”`}`}
                  onClick={() => props.onUncite(id)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        <button type="button" className="button-quiet brief-cite" onClick={props.onPick}>
          Cite passage…
        </button>
        {judgment.citations.length === 0 ? <span className="brief-drop-hint">or drop a passage here</span> : null}
      </div>
    </li>
  );
}
