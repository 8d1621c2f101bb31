import type { ConfigFile, ResolvedConfig, RuleSetting } from '../config/types.js';
/**
 * A resolved configuration written back as a config file (`--print-config`): every setting
 * explicit, every rule with its severity and its options as they apply. Valid against the config
 * schema, so saved as `.postmortemrc.json` it configures exactly the same run.
 */
export declare function printableConfig(config: ResolvedConfig): Required<Omit<ConfigFile, 'rules'>> & {
    rules: Record<string, RuleSetting>;
};
