/**
 * The Admiralty (NATO) grading system explained: the two independent axes and each grade's
 * standard wording, from the contract's tables. Opened from the "?" beside any grade control,
 * or from the command palette ("Grading help").
 */
import { CREDIBILITIES, CREDIBILITY_WORDING, RELIABILITIES, RELIABILITY_WORDING } from '../../../electron/contract';
import { useAppStore } from '../store/app-store';
import { Modal } from './Modal';
import './grading.css';

export function GradingHelpButton() {
  return (
    <button
      type="button"
      className="help-button"
      aria-label="Grading help"
      title="How grades work"
      onClick={() => useAppStore.getState().openDialog({ kind: 'grading-help' })}
    >
      ?
    </button>
  );
}

export function GradingHelpDialog() {
  const closeDialog = useAppStore((s) => s.closeDialog);
  return (
    <Modal title="Grading evidence" onClose={closeDialog} className="grading-help">
      <p>
        Dossier grades evidence with the Admiralty (NATO) system. A document&apos;s <strong>source reliability</strong>{' '}
        (A–F) says how far the source has been trustworthy before; a passage&apos;s{' '}
        <strong>information credibility</strong> (1–6) says how likely this piece of information is to be true. The two
        are judged apart: a usually reliable source can report something doubtful (B4), an unknown source something
        confirmed elsewhere (F1). Together they read “B2”.
      </p>
      <div className="grading-help-tables">
        <table>
          <caption>Source reliability</caption>
          <tbody>
            {RELIABILITIES.map((grade) => (
              <tr key={grade}>
                <th scope="row">{grade}</th>
                <td>{RELIABILITY_WORDING[grade]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>Information credibility</caption>
          <tbody>
            {CREDIBILITIES.map((grade) => (
              <tr key={grade}>
                <th scope="row">{grade}</th>
                <td>{CREDIBILITY_WORDING[grade]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        A passage graded 1 should name what confirms it: link it to the corroborating passage in its panel. Grade a
        whole source at once from a document&apos;s details (“Apply to all documents from …”). The timeline&apos;s
        filters can hide events below a grade.
      </p>
      <div className="form-actions">
        <button type="button" onClick={closeDialog}>
          Close
        </button>
      </div>
    </Modal>
  );
}
