import type { BucketMetrics, PeriodMetrics } from '../metrics.js';
import type { RestoreDistribution } from '../report.js';
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
/**
 * Colours readable on GitHub's light (#ffffff) and dark (#0d1117) backgrounds: mid-tone hues,
 * none close to either background, each matched by a coloured-square emoji for the legend
 * (Mermaid's xychart has no legend of its own).
 */
export declare const PALETTE: readonly [{
    readonly color: "#d1242f";
    readonly swatch: "🟥";
}, {
    readonly color: "#e16f24";
    readonly swatch: "🟧";
}, {
    readonly color: "#bf8700";
    readonly swatch: "🟨";
}, {
    readonly color: "#1f883d";
    readonly swatch: "🟩";
}, {
    readonly color: "#0969da";
    readonly swatch: "🟦";
}, {
    readonly color: "#8250df";
    readonly swatch: "🟪";
}, {
    readonly color: "#6e7781";
    readonly swatch: "⬜";
}];
/** A legend line for stacked series: each severity with its colour square. */
export declare function severityLegend(levels: readonly string[]): string;
/**
 * Stacked bars by severity: xychart-beta has no stacking, so cumulative series are drawn largest
 * first, each level's colour from the palette. A level with no incidents in the window has no
 * series, so it leaves no sliver; the y-axis starts at 0 so an empty period draws nothing.
 */
export declare function incidentsChart(metrics: PeriodMetrics, periods: Periods): string;
export declare function mttrChart(periods: Periods): string | null;
/**
 * How restore times spread: a bar per range, the ranges holding the median and the p90 named on
 * the axis (`1–2 h ◆ median`). Empty ranges beyond the last non-empty one are left out.
 */
export declare function restoreDistributionChart(distribution: RestoreDistribution): string | null;
/** Done / open / overdue; a slice with no items is left out (a zero slice draws a sliver and a stray label). */
export declare function actionItemsChart(metrics: PeriodMetrics): string | null;
