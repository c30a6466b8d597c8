/** Public surface of the contract layer. */
export * from './client';
export * from './events';
export * from './methods';
export * from './models';
export * from './result';
export * from './search';
export * from './partial-date';
export * from './dates';
export * from './formats';
export * from './text-hygiene';
export * from './import-batches';
export * from './date-proposals';
export * from './grades';
export * from './brief';
export * from './dossier-link';
export * from './projects';
export * from './portable';
