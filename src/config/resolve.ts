import { createHash } from 'node:crypto';
import type { ConfigFile, ConfiguredRule, Override, ResolvedConfig, RuleSetting } from './types.js';
import { normalSeverity } from './types.js';
import type { RuleSeverity } from '../diagnostics/types.js';
import {
  DEFAULT_FILES,
  DEFAULT_FILE_TIME_BUDGET,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
} from './types.js';
import {
  DEFAULT_ACTION_ITEM_COLUMNS,
  DEFAULT_INCIDENT_ID_PATTERN,
  type ParseOptions,
} from '../model/parse-options.js';
import { severityLevel } from '../model/severity.js';
import { RULES } from '../rules/index.js';
import type { ActionItemStatusOptions } from '../practice/action-item-status.js';
import type { FollowUpOptions } from '../practice/follow-up.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Options over defaults, one level deep (an object option merges; anything else replaces). */
function mergeOptions(
  defaults: Record<string, unknown>,
  options: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(options)) {
    merged[key] =
      isPlainObject(value) && isPlainObject(defaults[key]) ? { ...defaults[key], ...value } : value;
  }
  return merged;
}

function configuredRules(settings: Record<string, RuleSetting>): ConfiguredRule[] {
  return RULES.map(({ meta }) => {
    const setting = settings[meta.id];
    const defaults = meta.defaultOptions;
    if (setting === undefined)
      return { id: meta.id, severity: meta.defaultSeverity, options: defaults };
    if (typeof setting !== 'object')
      return { id: meta.id, severity: normalSeverity(setting), options: defaults };
    const { severity = meta.defaultSeverity, ...options } = setting;
    return {
      id: meta.id,
      severity: normalSeverity(severity),
      options: mergeOptions(defaults, options),
    };
  });
}

/** A rule's options in this configuration (its defaults merged with the user's), on or off. */
export function ruleOptions<Options>(config: ResolvedConfig, id: string): Options {
  const configured = config.rules.find((rule) => rule.id === id);
  if (configured === undefined) throw new Error(`Rule ${id} is not in this build's registry.`);
  return configured.options as Options;
}

/**
 * The practice's settings as configured: what "done" means (the action-items rule's statuses) and
 * the follow-up window (the follow-up-meeting rule's). Reports, the scaffold and the rules read the
 * same values, whether or not those rules run.
 */
export function practiceOptions(config: ResolvedConfig): {
  statuses: ActionItemStatusOptions;
  followUp: FollowUpOptions;
} {
  return {
    statuses: ruleOptions<ActionItemStatusOptions>(config, 'action-items'),
    followUp: ruleOptions<FollowUpOptions>(config, 'follow-up-meeting'),
  };
}

/**
 * The settings of `over` merged over `base`: a severity alone replaces the severity and keeps the
 * options; options are merged over the current ones (a list replaces a list).
 */
export function mergeRuleSettings(
  base: Record<string, RuleSetting>,
  over: Record<string, RuleSetting>,
): Record<string, RuleSetting> {
  const rules = { ...base };
  for (const [id, setting] of Object.entries(over)) {
    const current = rules[id];
    if (current === undefined) rules[id] = setting;
    else if (typeof setting !== 'object')
      rules[id] = typeof current === 'object' ? { ...current, severity: setting } : setting;
    else
      rules[id] =
        typeof current === 'object'
          ? { ...current, ...setting }
          : { severity: current, ...setting };
  }
  return rules;
}

/** The levels an override names: numbers as they are, spellings through severityLevel. */
export function overrideLevels(override: Override, aliases: Record<string, number>): number[] {
  return override.severities.flatMap((written) => {
    const level = typeof written === 'number' ? written : severityLevel(written, aliases);
    return level === null ? [] : [level];
  });
}

/** For each level an override names, the rules with every matching override applied in order. */
function rulesBySeverity(
  file: ConfigFile,
  aliases: Record<string, number>,
): Record<string, ConfiguredRule[]> {
  const byLevel: Record<string, ConfiguredRule[]> = {};
  const overrides = file.overrides ?? [];
  const levels = new Set(overrides.flatMap((override) => overrideLevels(override, aliases)));
  for (const level of [...levels].sort()) {
    let settings = file.rules ?? {};
    for (const override of overrides)
      if (overrideLevels(override, aliases).includes(level))
        settings = mergeRuleSettings(settings, override.rules);
    byLevel[String(level)] = configuredRules(settings);
  }
  return byLevel;
}

/** The rules a postmortem of severity `level` (null: unknown) runs with, on or off. */
export function rulesFor(config: ResolvedConfig, level: number | null = null): ConfiguredRule[] {
  return (level !== null && config.rulesBySeverity?.[String(level)]) || config.rules;
}

/** The rules that run for a postmortem of severity `level` (null: unknown): not `off`. */
export function enabledRules(
  config: ResolvedConfig,
  level: number | null = null,
): Array<ConfiguredRule & { severity: RuleSeverity }> {
  return rulesFor(config, level).filter(
    (rule): rule is ConfiguredRule & { severity: RuleSeverity } => rule.severity !== 'off',
  );
}

/** The severityAliases that map to a level (a spelling target through the default table). */
export function severityAliasesOf(file: ConfigFile): Record<string, number> {
  const severityAliases: Record<string, number> = {};
  for (const [alias, target] of Object.entries(file.severityAliases ?? {})) {
    const level = typeof target === 'number' ? target : severityLevel(target, {});
    if (level !== null) severityAliases[alias] = level;
  }
  return severityAliases;
}

function parseOptionsOf(file: ConfigFile): ParseOptions {
  return {
    severityAliases: severityAliasesOf(file),
    incidentIdPattern: file.incidentIdPattern ?? DEFAULT_INCIDENT_ID_PATTERN,
    actionItemColumns: { ...DEFAULT_ACTION_ITEM_COLUMNS, ...(file.actionItemColumns ?? {}) },
  };
}

/** Stable JSON (sorted keys) so equal configurations hash equally. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isPlainObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Applies defaults to an already validated configuration file. `path` is the file it came from
 * (null for the built-in defaults); patterns are relative to `baseDir`.
 */
export function resolveConfig(
  file: ConfigFile,
  path: string | null,
  baseDir: string,
): ResolvedConfig {
  const rules = configuredRules(file.rules ?? {});
  const parse = parseOptionsOf(file);
  const bySeverity = rulesBySeverity(file, parse.severityAliases);
  const resolved: Omit<ResolvedConfig, 'hash'> = {
    path,
    baseDir,
    files: file.files ?? DEFAULT_FILES,
    ignores: file.ignores ?? DEFAULT_IGNORES,
    maxFileSize: file.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    fileTimeBudget: file.fileTimeBudget ?? DEFAULT_FILE_TIME_BUDGET,
    parse,
    rules,
    ...(Object.keys(bySeverity).length > 0 ? { rulesBySeverity: bySeverity } : {}),
  };
  const hash = createHash('sha256')
    .update(
      stableJson({
        maxFileSize: resolved.maxFileSize,
        parse: resolved.parse,
        rules: rules.map(({ id, severity, options }) => [id, severity, options]),
        ...(resolved.rulesBySeverity ? { rulesBySeverity: resolved.rulesBySeverity } : {}),
      }),
    )
    .digest('hex')
    .slice(0, 16);
  return { ...resolved, hash };
}

/** The built-in configuration (every rule at its default), as used when no config file exists. */
export function defaultConfig(baseDir: string = process.cwd()): ResolvedConfig {
  return resolveConfig({}, null, baseDir);
}
