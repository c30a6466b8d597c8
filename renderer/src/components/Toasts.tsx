/**
 * Status messages: results and errors of every action, some with an Undo button. `children` come
 * first in the stack, outside the live region (progress that changes every moment is not announced).
 */
import type { ReactNode } from 'react';
import { useAppStore } from '../store/app-store';

export function Toasts({ children }: { children?: ReactNode }) {
  const toasts = useAppStore((s) => s.toasts);
  const busy = useAppStore((s) => s.busy);
  const dismiss = useAppStore((s) => s.dismissToast);
  return (
    <div className="toasts">
      {children}
      <div role="status" aria-live="polite" className="toast-stack">
        {busy ? <div className="toast toast-busy">{busy}</div> : null}
        {toasts
          .filter((toast) => toast.tone !== 'error')
          .map((toast) => (
            <ToastItem key={toast.id} {...toast} onDismiss={() => dismiss(toast.id)} />
          ))}
      </div>
      <div role="alert" className="toast-stack">
        {toasts
          .filter((toast) => toast.tone === 'error')
          .map((toast) => (
            <ToastItem key={toast.id} {...toast} onDismiss={() => dismiss(toast.id)} />
          ))}
      </div>
    </div>
  );
}

interface ItemProps {
  tone: string;
  message: string;
  details?: string[];
  action?: { label: string; run: () => void };
  onDismiss: () => void;
}

function ToastItem({ tone, message, details, action, onDismiss }: ItemProps) {
  return (
    <div className={`toast toast-${tone}`}>
      <div className="toast-body">
        <p className="toast-message">{message}</p>
        {details?.map((detail) => (
          <p key={detail} className="toast-detail">
            {detail}
          </p>
        ))}
      </div>
      {action ? (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            onDismiss();
            action.run();
          }}
        >
          {action.label}
        </button>
      ) : null}
      <button type="button" className="button-icon" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
