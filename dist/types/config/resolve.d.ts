import type { ConfigFile, ConfiguredRule, Override, ResolvedConfig, RuleSetting } from './types.js';
import type { RuleSeverity } from '../diagnostics/types.js';
import type { ActionItemStatusOptions } from '../practice/action-item-status.js';
import type { FollowUpOptions } from '../practice/follow-up.js';
/** A rule's options in this configuration (its defaults merged with the user's), on or off. */
export declare function ruleOptions<Options>(config: ResolvedConfig, id: string): Options;
/**
 * The practice's settings as configured: what "done" means (the action-items rule's statuses) and
 * the follow-up window (the follow-up-meeting rule's). Reports, the scaffold and the rules read the
 * same values, whether or not those rules run.
 */
export declare function practiceOptions(config: ResolvedConfig): {
    statuses: ActionItemStatusOptions;
    followUp: FollowUpOptions;
};
/**
 * The settings of `over` merged over `base`: a severity alone replaces the severity and keeps the
 * options; options are merged over the current ones (a list replaces a list).
 */
export declare function mergeRuleSettings(base: Record<string, RuleSetting>, over: Record<string, RuleSetting>): Record<string, RuleSetting>;
/** The levels an override names: numbers as they are, spellings through severityLevel. */
export declare function overrideLevels(override: Override, aliases: Record<string, number>): number[];
/** The rules a postmortem of severity `level` (null: unknown) runs with, on or off. */
export declare function rulesFor(config: ResolvedConfig, level?: number | null): ConfiguredRule[];
/** The rules that run for a postmortem of severity `level` (null: unknown): not `off`. */
export declare function enabledRules(config: ResolvedConfig, level?: number | null): Array<ConfiguredRule & {
    severity: RuleSeverity;
}>;
/** The severityAliases that map to a level (a spelling target through the default table). */
export declare function severityAliasesOf(file: ConfigFile): Record<string, number>;
/**
 * Applies defaults to an already validated configuration file. `path` is the file it came from
 * (null for the built-in defaults); patterns are relative to `baseDir`.
 */
export declare function resolveConfig(file: ConfigFile, path: string | null, baseDir: string): ResolvedConfig;
/** The built-in configuration (every rule at its default), as used when no config file exists. */
export declare function defaultConfig(baseDir?: string): ResolvedConfig;
