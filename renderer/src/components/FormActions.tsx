/** The row under every form: the primary submit button, Cancel, and any further actions after them. */
import type { ReactNode } from 'react';

export function FormActions(props: { submit: string; busy?: boolean; onCancel: () => void; children?: ReactNode }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button-primary" disabled={props.busy}>
        {props.submit}
      </button>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
      {props.children}
    </div>
  );
}
