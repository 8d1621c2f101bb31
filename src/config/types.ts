import type { ParseOptions } from '../model/parse-options.js';
import type { Rule, RuleSeverity } from '../rules/types.js';

export type SeveritySetting = 'off' | RuleSeverity;

/** What a user writes for one rule: a severity, or an object with a severity and options. */
export type RuleSetting =
  SeveritySetting | ({ severity?: SeveritySetting } & Record<string, unknown>);

/** The configuration file as written (`.postmortemrc.yml` / `.postmortemrc.json`). */
export interface ConfigFile {
  files?: string[];
  ignores?: string[];
  maxFileSize?: number;
  incidentIdPattern?: string;
  severityAliases?: Record<string, number | string>;
  actionItemColumns?: Partial<Record<'id' | 'action' | 'owner' | 'deadline' | 'status', string[]>>;
  rules?: Record<string, RuleSetting>;
}

export interface EnabledRule {
  rule: Rule;
  severity: RuleSeverity;
  options: Record<string, unknown>;
}

/** The configuration after defaults, validation and merging: what the engine runs with. */
export interface ResolvedConfig {
  /** Absolute path of the config file, or null for the built-in defaults. */
  path: string | null;
  /** Directory that `files` and `ignores` patterns are relative to. */
  baseDir: string;
  files: string[];
  ignores: string[];
  maxFileSize: number;
  parse: ParseOptions;
  /** Enabled rules only, in registry order. */
  rules: EnabledRule[];
  /** Stable hash of everything above that changes results (for the cache). */
  hash: string;
}

export const DEFAULT_FILES = ['postmortems/**/*.md'];
// TRENDS.md: the trend report the report workflow commits beside the postmortems.
export const DEFAULT_IGNORES = [
  '**/TEMPLATE.md',
  '**/README.md',
  '**/TRENDS.md',
  '**/node_modules/**',
];
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
