import type { TrendReport } from '../report.js';
import { type MarkdownOptions } from './tables.js';
/** The trend report as Markdown: headline numbers, Mermaid charts, tables with links. */
export declare function renderMarkdown(report: TrendReport, options?: MarkdownOptions): string;
