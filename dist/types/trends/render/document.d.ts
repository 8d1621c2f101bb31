import type { TrendReport } from '../report.js';
import { type MarkdownOptions } from './tables.js';
/** Rows per table when no `maxRows` is given: 10,000 postmortems still give a report of a few hundred KB. */
export declare const DEFAULT_MAX_ROWS = 50;
/** The trend report as Markdown: headline numbers, Mermaid charts, tables with links, each table bounded. */
export declare function renderMarkdown(report: TrendReport, given?: MarkdownOptions): string;
