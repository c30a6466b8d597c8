/** Adds toasts from services; errors stay until dismissed, the rest fade after a while. */
import type { Toast } from './ui-slice';
import { useAppStore } from './app-store';

let nextId = 1;

export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextId++;
  useAppStore.setState((state) => ({ toasts: [...state.toasts.slice(-3), { ...toast, id }] }));
  if (toast.tone !== 'error') {
    setTimeout(() => useAppStore.getState().dismissToast(id), toast.action ? 12_000 : 6_000);
  }
  return id;
}

export const showError = (message: string): number => showToast({ tone: 'error', message });
