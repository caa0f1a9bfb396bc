/**
 * civic-metrics/report: the Stat-meeting briefing of a plan report, as Markdown and CSV.
 *
 * @packageDocumentation
 */
export { type RenderCsvOptions, renderCsv } from './renderCsv.js';
export { type RenderMarkdownOptions, renderMarkdown } from './renderMarkdown.js';
