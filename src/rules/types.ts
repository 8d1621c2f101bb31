import type { Postmortem, Span } from '../model/types.js';
import type { ParseOptions } from '../model/parse-options.js';
import type { IndexEntry } from '../model/index-entry.js';
import type { Diagnostic } from '../engine/types.js';

export type RuleSeverity = 'error' | 'warning';

/** A JSON schema fragment (kept loose on purpose: it is data handed to ajv). */
export type JsonSchema = Record<string, unknown>;

export interface RuleMeta<Options> {
  /** Public, stable id: the contract used in config files, inline comments and reports. */
  id: string;
  description: string;
  defaultSeverity: RuleSeverity;
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

/** A rule that needs only one file's model. */
export interface FileRule<Options = Record<string, unknown>> {
  scope: 'file';
  meta: RuleMeta<Options>;
  check(context: FileRuleContext<Options>): void;
  /**
   * Optional last word over the file's findings (every rule's, after inline controls): returns the
   * ones to keep. For a rule whose findings make others redundant, e.g. an unfilled placeholder
   * makes "not a valid date" on the same cell noise.
   */
  settle?(diagnostics: Diagnostic[], model: Postmortem): Diagnostic[];
}

/** A rule that needs the whole corpus in view (runs after every file was modelled). */
export interface CorpusRule<Options = Record<string, unknown>> {
  scope: 'corpus';
  meta: RuleMeta<Options>;
  check(context: CorpusRuleContext<Options>): void;
}

export type Rule<Options = Record<string, unknown>> = FileRule<Options> | CorpusRule<Options>;
