import type { ParseOptions } from '../model/parse-options.js';
import type { RuleSeverity } from '../diagnostics/types.js';
export type SeveritySetting = 'off' | RuleSeverity;
/**
 * A severity as a user may write it, ESLint's spellings included: `warn` for `warning`, and the
 * numbers 0 (off), 1 (warning) and 2 (error).
 */
export type SeverityInput = SeveritySetting | 'warn' | 0 | 1 | 2;
/** Every spelling of a severity a configuration accepts, in the order messages list them. */
export declare const SEVERITY_INPUTS: readonly SeverityInput[];
/** The severity a spelling stands for (`warn` and 1 → `warning`, 0 → `off`, 2 → `error`). */
export declare function normalSeverity(input: SeverityInput): SeveritySetting;
/** What a user writes for one rule: a severity, or an object with a severity and options. */
export type RuleSetting = SeverityInput | ({
    severity?: SeverityInput;
} & Record<string, unknown>);
/** The configuration file as written (`.postmortemrc.yml` / `.postmortemrc.json`). */
export interface ConfigFile {
    files?: string[];
    ignores?: string[];
    maxFileSize?: number;
    fileTimeBudget?: number;
    incidentIdPattern?: string;
    severityAliases?: Record<string, number | string>;
    actionItemColumns?: Partial<Record<'id' | 'action' | 'owner' | 'deadline' | 'status' | 'priority' | 'type', string[]>>;
    rules?: Record<string, RuleSetting>;
    overrides?: Override[];
}
/**
 * Rule settings for postmortems of some severities, as ESLint's `overrides` are for some files:
 * applied over `rules`, in order, to a file whose severity is listed (a level, or a spelling such
 * as `SEV-3` or `P3`).
 */
export interface Override {
    severities: Array<number | string>;
    rules: Record<string, RuleSetting>;
}
/**
 * One rule as configured: plain data (its id, its severity, its options merged over the rule's
 * defaults), so a configuration can be hashed, posted to a worker thread or written out as it is.
 * A rule that is `off` keeps its options, as ESLint keeps severity 0: reports read the practice's
 * settings (statuses, the follow-up window) from here whether or not the rule runs.
 */
export interface ConfiguredRule {
    id: string;
    severity: SeveritySetting;
    options: Record<string, unknown>;
}
/** The configuration after defaults, validation and merging: what the engine runs with. */
export interface ResolvedConfig {
    /** Absolute path of the config file, or null for the built-in defaults. */
    path: string | null;
    /** Directory that `files` and `ignores` patterns are relative to. */
    baseDir: string;
    files: string[];
    ignores: string[];
    maxFileSize: number;
    /** Seconds one file may take to model and check before it is reported as invalid-file; 0: no limit. */
    fileTimeBudget: number;
    parse: ParseOptions;
    /** Every rule of the registry, in registry order, including those that are off. */
    rules: ConfiguredRule[];
    /**
     * The rules for postmortems of a severity level (`"1"` … `"5"`) that `overrides` change, in the
     * form of `rules`; a level not here, and a file of unknown severity, run `rules`.
     */
    rulesBySeverity?: Record<string, ConfiguredRule[]>;
    /** Stable hash of everything above that changes results (for the cache). */
    hash: string;
}
export declare const DEFAULT_FILES: string[];
export declare const DEFAULT_IGNORES: string[];
export declare const DEFAULT_MAX_FILE_SIZE: number;
/** Seconds: a postmortem takes milliseconds; only a pathological one gets near this. */
export declare const DEFAULT_FILE_TIME_BUDGET = 5;
