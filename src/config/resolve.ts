import { createHash } from 'node:crypto';
import type { ConfigFile, ConfiguredRule, ResolvedConfig, RuleSetting } from './types.js';
import { normalSeverity } from './types.js';
import type { RuleSeverity } from '../diagnostics/types.js';
import { DEFAULT_FILES, DEFAULT_IGNORES, DEFAULT_MAX_FILE_SIZE } from './types.js';
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

/** The rules that run in this configuration (severity not `off`). */
export function enabledRules(
  config: ResolvedConfig,
): Array<ConfiguredRule & { severity: RuleSeverity }> {
  return config.rules.filter(
    (rule): rule is ConfiguredRule & { severity: RuleSeverity } => rule.severity !== 'off',
  );
}

function parseOptionsOf(file: ConfigFile): ParseOptions {
  const severityAliases: Record<string, number> = {};
  for (const [alias, target] of Object.entries(file.severityAliases ?? {})) {
    const level = typeof target === 'number' ? target : severityLevel(target, {});
    if (level !== null) severityAliases[alias] = level;
  }
  return {
    severityAliases,
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
  const resolved: Omit<ResolvedConfig, 'hash'> = {
    path,
    baseDir,
    files: file.files ?? DEFAULT_FILES,
    ignores: file.ignores ?? DEFAULT_IGNORES,
    maxFileSize: file.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    parse: parseOptionsOf(file),
    rules,
  };
  const hash = createHash('sha256')
    .update(
      stableJson({
        maxFileSize: resolved.maxFileSize,
        parse: resolved.parse,
        rules: rules.map(({ id, severity, options }) => [id, severity, options]),
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
