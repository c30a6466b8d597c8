/**
 * Names another passage as corroborating or contradicting the selected highlight: type words to
 * find passages across the library (the open document's own passages are offered before any word
 * is typed), choose one, choose how it relates, Link.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { HighlightColor, HighlightId, HighlightLinkKind } from '../../../../electron/contract';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useAppStore } from '../../store/app-store';
import { linkPassage, searchPassages } from './corroboration-service';

interface Candidate {
  id: HighlightId;
  quote: string;
  color: HighlightColor;
  documentTitle: string;
}

export function LinkPassageDialog({ highlightId }: { highlightId: HighlightId }) {
  const closeDialog = useAppStore((s) => s.closeDialog);
  const doc = useAppStore((s) => s.doc);
  const [words, setWords] = useState('');
  const [results, setResults] = useState<{ words: string; candidates: Candidate[] } | null>(null);
  const [chosen, setChosen] = useState<HighlightId | null>(null);
  const [kind, setKind] = useState<HighlightLinkKind>('corroborates');

  useEffect(() => {
    if (!words.trim()) return;
    let current = true;
    void searchPassages(words).then((hits) => {
      if (!current) return;
      const candidates = hits.map((hit) => ({
        id: hit.highlightId,
        quote: hit.quote.text,
        color: hit.color,
        documentTitle: hit.documentTitle,
      }));
      setResults({ words, candidates });
    });
    return () => {
      current = false;
    };
  }, [words]);

  // Until the answer for the words typed arrives, the last answer stays (no flicker while typing).
  const found = words.trim() ? (results?.candidates ?? []) : null;
  const inDocument: Candidate[] = (doc?.highlights ?? []).map((h) => ({
    id: h.id,
    quote: h.quote,
    color: h.color,
    documentTitle: doc?.title ?? '',
  }));
  const candidates = (found ?? inDocument).filter((candidate) => candidate.id !== highlightId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen && (await linkPassage(highlightId, chosen, kind))) closeDialog();
  };

  return (
    <Modal title="Link a passage" onClose={closeDialog}>
      <form className="modal-form" onSubmit={(event) => void submit(event)}>
        <label>
          Find a passage
          <input
            type="search"
            value={words}
            placeholder="Words of its quote, note or tags"
            onChange={(event) => setWords(event.target.value)}
          />
        </label>
        <fieldset className="link-candidates">
          <legend>{found ? 'Passages found' : 'Passages in this document'}</legend>
          {candidates.length === 0 ? (
            <p className="panel-hint">
              {found ? 'No passage has these words. Try other words.' : 'Type words to find a passage to link.'}
            </p>
          ) : (
            candidates.map((candidate) => (
              <label key={candidate.id} className={`link-candidate edge-${candidate.color}`}>
                <input
                  type="radio"
                  name="passage"
                  checked={chosen === candidate.id}
                  onChange={() => setChosen(candidate.id)}
                />
                <span className="passage-quote">{candidate.quote}</span>
                <span className="passage-source">{candidate.documentTitle}</span>
              </label>
            ))
          )}
        </fieldset>
        <fieldset className="link-kind">
          <legend>This passage is</legend>
          <label>
            <input type="radio" checked={kind === 'corroborates'} onChange={() => setKind('corroborates')} />
            Corroborated by it
          </label>
          <label>
            <input type="radio" checked={kind === 'contradicts'} onChange={() => setKind('contradicts')} />
            Contradicted by it
          </label>
        </fieldset>
        <FormActions submit="Link" busy={chosen === null} onCancel={closeDialog} />
      </form>
    </Modal>
  );
}
