import { type OptionValue } from './command.js';
/**
 * The rule settings of `--rule` options, later ones winning, as a config file's `rules` (not yet
 * validated: the config loader checks them as it checks a file). Each value is `id: severity`,
 * `id: {JSON options}`, or a JSON object of such settings, as ESLint's `--rule` takes.
 */
export declare function parseRuleOptions(value: OptionValue): Record<string, unknown> | undefined;
