/** Event dates: EDTF read and shown (event-date.ts) and dates as analysts type them (date-input.ts). */
export * from './calendar';
export * from './event-date';
export * from './date-input';
