import type { ResolvedConfig } from '../config/types.js';
import type { CorpusIndex } from '../corpus/corpus-index.js';
import type { TrendReport } from '../trends/report.js';
import { type ReportRequest } from '../trends/run.js';
/**
 * The trend report of a corpus index, with the settings this configuration gives (the follow-up
 * window, what "done" means, the pattern thresholds): the CLI's `report` and the Action's report
 * mode both call this.
 */
export declare function buildTrendReport(index: CorpusIndex, config: ResolvedConfig, request: ReportRequest): TrendReport;
