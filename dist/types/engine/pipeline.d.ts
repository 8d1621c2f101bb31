import type { ResolvedConfig } from '../config/types.js';
import type { InlineControl, ParseProblem, Postmortem } from '../model/types.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Rule } from '../rules/types.js';
import { type IndexEntry } from '../corpus/index-entry.js';
/** What one file contributes to a run: its own findings and its corpus index entry. */
export interface FileOutcome {
    path: string;
    diagnostics: Diagnostic[];
    entry: IndexEntry | null;
    controls: InlineControl[];
}
export type Modelled = {
    ok: true;
    model: Postmortem;
} | {
    ok: false;
    problem: ParseProblem;
};
/** The id of the finding that stands for a rule that threw: the rule is named, the others ran. */
export declare const RULE_ERROR = "rule-error";
/** The id of the finding for an inline control naming a rule that does not exist. */
export declare const UNKNOWN_RULE = "unknown-rule";
/** Step 1: a file's bytes, or the fatal problem that keeps it from being linted. */
export declare function readPostmortem(path: string, config: ResolvedConfig): Uint8Array | ParseProblem;
/** Step 2: bytes to model (size limit, decoding, parse). Pure, so it can run in a worker or be cached. */
export declare function modelBytes(path: string, bytes: Uint8Array, config: ResolvedConfig): Modelled;
/** A file that could not be modelled: one fatal finding, no index entry. */
export declare function failedOutcome(path: string, problem: ParseProblem): FileOutcome;
/**
 * Runs the `warmUp` of every per-file rule the configuration enables at any severity, so that a
 * thread about to lint loads what the first check needs (a language model) while it waits.
 */
export declare function warmUpRules(config: ResolvedConfig, registry?: readonly Rule[]): void;
/**
 * Step 3: every enabled per-file rule on a model, then inline controls, then each rule's `settle`.
 * A rule that throws becomes one `rule-error` finding naming it; the other rules still report.
 */
export declare function checkModel(model: Postmortem, config: ResolvedConfig, now: Date, registry?: readonly Rule[]): FileOutcome;
/**
 * Step 4: the corpus rules (pattern-analysis, …), once every file has its index entry. They see
 * every outcome's entry and check the first `checked` outcomes (the reported files; the others
 * are context).
 */
export declare function checkCorpus(outcomes: readonly FileOutcome[], config: ResolvedConfig, now: Date, registry?: readonly Rule[], checked?: number): void;
/** Steps 2–3 on a fresh or cached `modelBytes` result. */
export declare function checkModelled(path: string, modelled: Modelled, config: ResolvedConfig, now: Date, registry?: readonly Rule[]): FileOutcome;
/** Steps 2–3 from bytes: findings and index entry (corpus rules need the whole run). */
export declare function lintBytes(path: string, bytes: Uint8Array, config: ResolvedConfig, now: Date, registry?: readonly Rule[]): FileOutcome;
export declare function lintText(path: string, text: string, config: ResolvedConfig, now: Date, registry?: readonly Rule[]): FileOutcome;
