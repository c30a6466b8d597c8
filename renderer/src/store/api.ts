/** The services' way to call the contract: failures become an error toast unless the caller handles them. */
import type { MethodInput, MethodName, MethodOutput, Result } from '../../../electron/contract';
import { getClient } from '../platform/client';
import { showError } from './toasts';

export function request<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
  return getClient().call(method, input);
}

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M> | null> {
  const result = await request(method, input);
  if (result.ok) return result.value;
  showError(result.error.message);
  return null;
}
