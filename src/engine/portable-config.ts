import type { ResolvedConfig } from '../config/types.js';
import type { RuleSeverity } from '../rules/types.js';
import { ruleById } from '../rules/index.js';

/**
 * A ResolvedConfig without its rule functions, so it can be posted to a worker thread: rules travel
 * as ids and are looked up again in the registry on the other side.
 */
export interface PortableConfig extends Omit<ResolvedConfig, 'rules'> {
  rules: Array<{ id: string; severity: RuleSeverity; options: Record<string, unknown> }>;
}

/** The portable form, or null when a rule is not the registry's own (a worker could not find it). */
export function toPortableConfig(config: ResolvedConfig): PortableConfig | null {
  if (config.rules.some(({ rule }) => ruleById(rule.meta.id) !== rule)) return null;
  return {
    ...config,
    rules: config.rules.map(({ rule, severity, options }) => ({
      id: rule.meta.id,
      severity,
      options,
    })),
  };
}

export function fromPortableConfig(portable: PortableConfig): ResolvedConfig {
  return {
    ...portable,
    rules: portable.rules.map(({ id, severity, options }) => {
      const rule = ruleById(id);
      if (!rule) throw new Error(`Rule ${id} is not in this build's registry.`);
      return { rule, severity, options };
    }),
  };
}
