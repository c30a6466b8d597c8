/** Data exports beside the brief: passages, the timeline and the whole project's annotations. */
export { PASSAGE_COLUMNS, passageRows, passagesCsv, passagesJson } from './passages-export';
export type { PassageRow, PassagesExportInput } from './passages-export';
export { TIMELINEJS_COLUMNS, timelineJsCsv, timelineJson } from './timeline-export';
export type { TimelineCsv } from './timeline-export';
export { annotationsJson } from './annotations-json';
export type { AnnotationLink, AnnotationsInput } from './annotations-json';
