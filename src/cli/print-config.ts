import type { ConfigFile, ConfiguredRule, ResolvedConfig, RuleSetting } from '../config/types.js';
import { isRunFilledOption } from '../config/schema.js';

/** Each rule's severity and options, without those the run fills in (refused in a config file). */
function ruleSettings(rules: ConfiguredRule[]): Record<string, RuleSetting> {
  return Object.fromEntries(
    rules.map(({ id, severity, options }) => [
      id,
      {
        severity,
        ...Object.fromEntries(
          Object.entries(options).filter(([name]) => !isRunFilledOption(id, name)),
        ),
      },
    ]),
  );
}

/**
 * A resolved configuration written back as a config file (`--print-config`): every setting
 * explicit, every rule with its severity and its options as they apply. Valid against the config
 * schema, so saved as `.postmortemrc.json` it configures exactly the same run.
 */
export function printableConfig(config: ResolvedConfig): Required<Omit<ConfigFile, 'rules'>> & {
  rules: Record<string, RuleSetting>;
} {
  return {
    files: config.files,
    ignores: config.ignores,
    maxFileSize: config.maxFileSize,
    fileTimeBudget: config.fileTimeBudget,
    incidentIdPattern: config.parse.incidentIdPattern,
    severityAliases: config.parse.severityAliases,
    actionItemColumns: config.parse.actionItemColumns,
    // One override per severity level that overrides change, each with every rule explicit.
    overrides: Object.entries(config.rulesBySeverity ?? {}).map(([level, rules]) => ({
      severities: [Number(level)],
      rules: ruleSettings(rules),
    })),
    rules: ruleSettings(config.rules),
  };
}
