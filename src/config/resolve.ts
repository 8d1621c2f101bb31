import { createHash } from 'node:crypto';
import type { ConfigFile, EnabledRule, ResolvedConfig, RuleSetting } from './types.js';
import { DEFAULT_FILES, DEFAULT_IGNORES, DEFAULT_MAX_FILE_SIZE } from './types.js';
import {
  DEFAULT_ACTION_ITEM_COLUMNS,
  DEFAULT_INCIDENT_ID_PATTERN,
  type ParseOptions,
} from '../model/parse-options.js';
import { severityLevel } from '../model/severity.js';
import { RULES } from '../rules/index.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Options over defaults, one level deep (an object option merges; anything else replaces). */
export function mergeOptions(
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

function enabledRules(settings: Record<string, RuleSetting>): EnabledRule[] {
  const enabled: EnabledRule[] = [];
  for (const rule of RULES) {
    const setting = settings[rule.meta.id];
    const defaults = rule.meta.defaultOptions as Record<string, unknown>;
    if (setting === undefined) {
      enabled.push({ rule, severity: rule.meta.defaultSeverity, options: defaults });
      continue;
    }
    if (typeof setting === 'string') {
      if (setting !== 'off') enabled.push({ rule, severity: setting, options: defaults });
      continue;
    }
    const { severity = rule.meta.defaultSeverity, ...options } = setting;
    if (severity !== 'off')
      enabled.push({ rule, severity, options: mergeOptions(defaults, options) });
  }
  return enabled;
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
  const rules = enabledRules(file.rules ?? {});
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
        rules: rules.map(({ rule, severity, options }) => [rule.meta.id, severity, options]),
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
