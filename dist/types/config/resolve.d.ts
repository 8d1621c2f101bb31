import type { ConfigFile, ConfiguredRule, ResolvedConfig } from './types.js';
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
/** The rules that run in this configuration (severity not `off`). */
export declare function enabledRules(config: ResolvedConfig): Array<ConfiguredRule & {
    severity: RuleSeverity;
}>;
/**
 * Applies defaults to an already validated configuration file. `path` is the file it came from
 * (null for the built-in defaults); patterns are relative to `baseDir`.
 */
export declare function resolveConfig(file: ConfigFile, path: string | null, baseDir: string): ResolvedConfig;
/** The built-in configuration (every rule at its default), as used when no config file exists. */
export declare function defaultConfig(baseDir?: string): ResolvedConfig;
