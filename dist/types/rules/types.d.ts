import type { Postmortem, Span } from '../model/types.js';
import type { ParseOptions } from '../model/parse-options.js';
import type { IndexEntry } from '../corpus/index-entry.js';
import type { Diagnostic, RuleSeverity } from '../diagnostics/types.js';
import type { TextEdit } from '../text/edits.js';
/** A JSON schema fragment (kept loose on purpose: it is data handed to ajv). */
export type JsonSchema = Record<string, unknown>;
export interface RuleMeta<Options> {
    /** Public, stable id: the contract used in config files, inline comments and reports. */
    id: string;
    description: string;
    defaultSeverity: RuleSeverity;
    /** Qualifies the default severity on the rule's doc page, e.g. "overdue items are warnings". */
    severityNote?: string;
    tags: string[];
    /** JSON schema of the options object (the `severity` key is added by the config schema). */
    optionsSchema: JsonSchema;
    defaultOptions: Options;
}
export interface Finding {
    message: string;
    span: Span;
    /** Overrides the configured severity for this one finding (e.g. "not yet overdue" warnings). */
    severity?: RuleSeverity;
    /** A suggested rewording or fix, shown after the message. */
    suggestion?: string;
    /**
     * The text that replaces `span` as it stands, when there is exactly one (an editor offers it as
     * a quick fix). Only for an exact span: never for a finding placed at the start of its text run.
     */
    replacement?: string;
}
interface BaseContext<Options> {
    options: Options;
    /** The reference instant for every date comparison: rules never read the clock. */
    now: Date;
    parse: ParseOptions;
    report(finding: Finding): void;
}
export interface FileRuleContext<Options> extends BaseContext<Options> {
    model: Postmortem;
}
export interface CorpusRuleContext<Options> extends BaseContext<Options> {
    /** The postmortem being checked, as a corpus index entry. */
    entry: IndexEntry;
    /** Every postmortem in view (including `entry`), in path order. */
    corpus: readonly IndexEntry[];
}
/** What a rule's fixes see: the model, the text it was built from and the rule's options. */
export interface FixContext<Options> {
    model: Postmortem;
    /** The text the model was built from (LF line endings, no BOM). */
    text: string;
    options: Options;
    parse: ParseOptions;
    /** The template that missing sections are copied from. */
    template: string;
}
/** A rule that needs only one file's model. */
export interface FileRule<Options = Record<string, unknown>> {
    scope: 'file';
    meta: RuleMeta<Options>;
    check(context: FileRuleContext<Options>): void;
    /**
     * Mechanical fixes (`--fix`) for what this rule reports: spellings with one right form, dates with
     * one reading, missing headings with the template's placeholders. Never content.
     */
    fixes?(context: FixContext<Options>): TextEdit[];
    /**
     * Optional last word over the file's findings (every rule's, after inline controls): returns the
     * ones to keep. For a rule whose findings make others redundant, e.g. an unfilled placeholder
     * makes "not a valid date" on the same cell noise.
     */
    settle?(diagnostics: Diagnostic[], model: Postmortem): Diagnostic[];
    /**
     * Loads what the first check would otherwise load (a language model): a thread that will lint
     * calls it while it waits for its first file, so that the wait is not added to the run.
     */
    warmUp?(): void;
}
/** A rule that needs the whole corpus in view (runs after every file was modelled). */
export interface CorpusRule<Options = Record<string, unknown>> {
    scope: 'corpus';
    meta: RuleMeta<Options>;
    check(context: CorpusRuleContext<Options>): void;
}
export type Rule<Options = Record<string, unknown>> = FileRule<Options> | CorpusRule<Options>;
/**
 * A rule as the registry holds it: options typed inside the rule, erased outside, where they are
 * configuration data validated against `meta.optionsSchema` before any rule sees them.
 */
export declare function defineRule<Options>(rule: FileRule<Options> | CorpusRule<Options>): Rule;
export {};
