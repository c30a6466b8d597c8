/**
 * The brief's public face: build the tree once from the analyst's spec and the project's data,
 * then write it as Markdown, HTML or Word. Everything else in this folder is its inside.
 */
export { buildBriefTree } from './build-brief-tree';
export { briefMarkdown } from './brief-markdown';
export { briefHtml } from './brief-html';
export { briefDocx } from './brief-docx';
export { ALL_SECTIONS, defaultBriefSpec, passageLink } from './brief-spec';
export type { BriefData, BriefJudgment, BriefScope, BriefSections, BriefSpec, BriefStructure } from './brief-spec';
