import type { BucketMetrics, PeriodMetrics } from '../metrics.js';
export declare const SEVERITY_ORDER: (a: string, b: string) => number;
export declare function severities(metrics: PeriodMetrics): string[];
export interface Periods {
    /** `month` or `year`. */
    unit: string;
    rows: Array<BucketMetrics & {
        label: string;
    }>;
}
export declare function periodsOf(metrics: PeriodMetrics): Periods;
/** Stacked bars by severity: xychart-beta has no stacking, so cumulative series are drawn largest first. */
export declare function incidentsChart(metrics: PeriodMetrics, periods: Periods): string;
export declare function mttrChart(periods: Periods): string | null;
export declare function actionItemsChart(metrics: PeriodMetrics): string | null;
