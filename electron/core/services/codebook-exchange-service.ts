/** The codebook exported as REFI-QDA (.qdc) or CSV, and merged back in by name. */
import type { MethodInput, MethodOutput } from '../../contract';
import { DossierFailure } from '../errors';
import type { Context } from './context';

export function exportCodebook(
  _ctx: Context,
  _format: MethodInput<'codebook.export'>['format'],
  _projectName: string,
): MethodOutput<'codebook.export'> {
  throw new DossierFailure('invalid_input', 'Codebook export is not built yet.');
}

export function importCodebook(_ctx: Context, _input: MethodInput<'codebook.import'>): MethodOutput<'codebook.import'> {
  throw new DossierFailure('invalid_input', 'Codebook import is not built yet.');
}
