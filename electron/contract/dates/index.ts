/**
 * Event dates: EDTF read and shown (event-date.ts), dates as analysts type them (date-input.ts) and
 * the one overlap rule for date filters (bounds-overlap.ts).
 */
export * from './calendar';
export * from './event-date';
export * from './date-input';
export * from './bounds-overlap';
