/**
 * Calls the contract from a test through the page's own transport (the preload's client in the
 * desktop app, the web host with the tab's token in a browser): quick set-up of data a test is
 * not about, and the same checks and events as the UI's calls.
 */
import type { Page } from '@playwright/test';
import {
  CLIENT_GLOBAL,
  TOKEN_HEADER,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '../electron/contract';

interface Answer {
  ok: boolean;
  value?: unknown;
  error?: { message: string };
}

export async function callApi<M extends MethodName>(
  page: Page,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const answer = await page.evaluate(
    async ({ method, input, header, global }): Promise<Answer> => {
      const client = (
        window as unknown as Record<string, { call(m: string, i: unknown): Promise<Answer> } | undefined>
      )[global];
      if (client) return client.call(method, input);
      const response = await fetch(`/api/call/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [header]: sessionStorage.getItem('dossier.token') ?? '' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Answer;
    },
    { method, input, header: TOKEN_HEADER, global: CLIENT_GLOBAL },
  );
  if (!answer.ok) throw new Error(`${method}: ${answer.error?.message ?? 'failed'}`);
  return answer.value as MethodOutput<M>;
}
