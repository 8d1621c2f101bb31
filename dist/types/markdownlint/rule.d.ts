import { type EditorLintOptions } from '../app/editor-lint.js';
/** A token of markdownlint's micromark parse (the part used here; `MicromarkToken`). */
export interface MicromarkToken {
    type: string;
    startLine: number;
    startColumn: number;
    text: string;
    children: readonly MicromarkToken[];
}
/** What markdownlint passes a rule (the part used here; markdownlint's `RuleParams`). */
export interface MarkdownlintParams {
    name: string;
    lines: readonly string[];
    frontMatterLines: readonly string[];
    parsers: {
        micromark?: {
            tokens: readonly MicromarkToken[];
        };
    };
}
/** A fix markdownlint applies (`markdownlint-cli2 --fix`, "Fix this violation" in VS Code). */
export interface MarkdownlintFixInfo {
    lineNumber?: number;
    editColumn?: number;
    deleteCount?: number;
    insertText?: string;
}
/** One violation (markdownlint's `RuleOnErrorInfo`). */
export interface MarkdownlintError {
    lineNumber: number;
    detail?: string;
    range?: [number, number];
    fixInfo?: MarkdownlintFixInfo;
}
/** A markdownlint custom rule (markdownlint's `Rule`): asynchronous, on the micromark tokens' text. */
export interface MarkdownlintRule {
    names: string[];
    description: string;
    information?: URL;
    tags: string[];
    parser: 'micromark';
    asynchronous: true;
    function: (params: MarkdownlintParams, onError: (error: MarkdownlintError) => void) => Promise<void>;
}
/**
 * The custom rules, one per per-file rule of postmortem-lint plus one per non-rule finding.
 * `options` as the remark plugin's (`config`, `now`); the default export uses the defaults.
 * Each file is linted once, whichever rule asks first; configuration files are read per file, so
 * a long-lived editor sees edits to `.postmortemrc.yml` at once.
 */
export declare function postmortemLintRules(options?: EditorLintOptions): MarkdownlintRule[];
/** The rules with the default options: `"customRules": ["postmortem-lint/markdownlint"]`. */
declare const rules: MarkdownlintRule[];
export default rules;
