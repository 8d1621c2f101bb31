import type { LintRun } from '../engine/types.js';
import type { RuleSeverity } from '../diagnostics/types.js';
/**
 * The subset of SARIF 2.1.0 this reporter writes: what GitHub code scanning reads, as its "SARIF
 * support for code scanning" page and the SARIF Multitool's GitHub rules (`validate --rule-kind
 * Gh`) describe it.
 */
export interface SarifLog {
    $schema: string;
    version: '2.1.0';
    runs: SarifRun[];
}
export interface SarifRun {
    tool: {
        driver: SarifDriver;
    };
    /** Only with `SarifOptions.category`: `upload-sarif` keeps an id it finds, ignoring its input. */
    automationDetails?: {
        id: string;
    };
    invocations: SarifInvocation[];
    /** `%SRCROOT%`: the base directory, described but not spelled out (no absolute path). */
    originalUriBaseIds: Record<string, {
        uri?: string;
        description: SarifText;
    }>;
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
    properties?: {
        omittedResults: number;
    };
}
export interface SarifDriver {
    name: string;
    version: string;
    semanticVersion: string;
    informationUri: string;
    rules: SarifRule[];
}
export interface SarifText {
    text: string;
}
export interface SarifMultiformatText {
    text: string;
    markdown: string;
}
export interface SarifRule {
    id: string;
    /**
     * A Pascal-case friendly name (`BlamelessLanguage`), as SARIF recommends; left out when it would
     * only repeat the id (`distribution`), as the SARIF validator asks (SARIF1001).
     */
    name?: string;
    shortDescription: SarifText;
    fullDescription: SarifMultiformatText;
    help: SarifMultiformatText;
    helpUri: string;
    defaultConfiguration: {
        level: RuleSeverity;
    };
    /** GitHub filters by `tags` and ranks non-security alerts by `problem.severity`. */
    properties: {
        tags: string[];
        'problem.severity': RuleSeverity;
    };
}
export interface SarifResult {
    ruleId: string;
    ruleIndex: number;
    level: RuleSeverity;
    message: SarifText;
    locations: SarifLocation[];
    /** `postmortemLint/v1`: stable across line moves (see `fingerprints`). */
    partialFingerprints: Record<string, string>;
}
export interface SarifLocation {
    physicalLocation: {
        artifactLocation: {
            uri: string;
            uriBaseId?: string;
        };
        region: {
            startLine: number;
            startColumn: number;
            endLine: number;
            endColumn: number;
        };
    };
}
export interface SarifNotification {
    level: 'error' | 'warning' | 'note';
    message: SarifText;
}
export interface SarifInvocation {
    /** False when a rule threw (`rule-error` results): those files were not fully checked. */
    executionSuccessful: boolean;
    toolExecutionNotifications?: SarifNotification[];
}
export interface SarifOptions {
    /** Artifact URIs are relative to this directory (the repository root; default: `cwd`). */
    baseDir?: string;
    /** Directory the run's relative file paths are relative to (default: the process's). */
    cwd?: string;
    /**
     * Code scanning category (`runs[0].automationDetails.id` = `<category>/`). Left out by default:
     * `github/codeql-action/upload-sarif` never overrides an id the file has, so writing one would
     * silently defeat its `category` input and its per-matrix-job default.
     */
    category?: string;
}
/** GitHub code scanning rejects a run with more results than this. */
export declare const MAX_SARIF_RESULTS = 25000;
/**
 * The `partialFingerprints` key. Deliberately not `primaryLocationLineHash`: `upload-sarif`
 * computes that one from the file's text and warns on every result whose value differs from its
 * own, so a tool-supplied value there only adds one warning per alert.
 */
export declare const FINGERPRINT_KEY = "postmortemLint/v1";
/** Relative links of a page (`../../README.md#configuration`) resolved against its URL. */
export declare function absoluteLinks(markdown: string, base: string): string;
/**
 * Markdown as plain text, for `help.text` and `fullDescription.text`: heading marks, emphasis,
 * backticks and fence lines dropped, links written as `text (url)`; code is kept as written.
 */
export declare function markdownToText(markdown: string): string;
/** SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`). */
export declare function toSarif(run: LintRun, options?: SarifOptions): SarifLog;
export declare function formatSarif(run: LintRun, options?: SarifOptions): string;
