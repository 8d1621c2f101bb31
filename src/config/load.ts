import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { ConfigFile, ResolvedConfig } from './types.js';
import { mergeRuleSettings, resolveConfig, severityAliasesOf } from './resolve.js';
import { buildConfigSchema, isRunFilledOption } from './schema.js';
import { unsafePatternReason } from './safe-pattern.js';
import { displayPath } from '../text/paths.js';
import { severityLevel } from '../model/severity.js';
import type { JsonSchema } from '../rules/types.js';
import { editDistance } from '../text/edit-distance.js';

/** Config file names looked for in each directory, in this order. */
const CONFIG_FILE_NAMES = ['.postmortemrc.yml', '.postmortemrc.yaml', '.postmortemrc.json'];

/** Aliases allowed in a YAML config: plenty for anchors, too few for an alias bomb. */
const MAX_ALIAS_COUNT = 100;

/** A configuration file that cannot be used. The message names the file, the key and, for YAML, the line. */
export class ConfigError extends Error {
  readonly file: string | null;
  readonly key: string | null;
  readonly line: number | null;

  constructor(
    message: string,
    details: { file: string | null; key?: string | null; line?: number | null },
  ) {
    super(message);
    this.name = 'ConfigError';
    this.file = details.file;
    this.key = details.key ?? null;
    this.line = details.line ?? null;
  }
}

export interface LoadConfigOptions {
  /** An explicit config file (`--config`); relative paths are resolved against `cwd`. */
  configPath?: string;
  /** Directory where the upward search for `.postmortemrc.*` starts (the targets' common ancestor). */
  searchFrom: string;
  /** Paths in messages are shown relative to this directory (default: the process's). */
  cwd?: string;
  /**
   * Rule settings from the command line (`--rule`), by rule id, applied over the file's: a
   * severity alone keeps the file's options for that rule. Validated as a config file's `rules`
   * are; messages name `--rule` instead of a file.
   */
  ruleOverrides?: Record<string, unknown>;
}

let compiledValidator: ValidateFunction<ConfigFile> | null = null;

/** Compiled on first use: a run without a config file (the action's default) never pays for it. */
function configValidator(): ValidateFunction<ConfigFile> {
  compiledValidator ??= new Ajv({
    allErrors: true,
    strict: false,
    verbose: true,
  }).compile<ConfigFile>(buildConfigSchema());
  return compiledValidator;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The first `.postmortemrc.*` in `from` or one of its ancestors, up to the filesystem root. */
async function findConfigFile(from: string): Promise<string | null> {
  let directory = resolve(from);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(directory, name);
      if (await isFile(candidate)) return candidate;
    }
    const parent = dirname(directory);
    if (parent === directory) return null;
    directory = parent;
  }
}

/** `rules.five-whys.minDepth` from its path segments (indices into lists as `[0]`). */
function keyOf(segments: readonly string[], data: unknown): string {
  let key = '';
  let container = data;
  for (const segment of segments) {
    key = Array.isArray(container)
      ? `${key}[${segment}]`
      : key === ''
        ? segment
        : `${key}.${segment}`;
    container =
      container !== null && typeof container === 'object'
        ? (container as Record<string, unknown>)[segment]
        : undefined;
  }
  return key;
}

function pathSegments(instancePath: string): string[] {
  return instancePath === ''
    ? []
    : instancePath
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** What a schema accepts, in words: `integer >= 1`, `one of "off", "warning", "error"`, … */
function describeSchema(schema: JsonSchema): string {
  if (Array.isArray(schema.enum))
    return `one of ${schema.enum.map((value) => JSON.stringify(value)).join(', ')}`;
  if (Array.isArray(schema.anyOf))
    return (schema.anyOf as JsonSchema[]).map(describeSchema).join(' or ');
  const type = schema.type;
  if (type === 'integer' || type === 'number') {
    const bounds: string[] = [];
    if (typeof schema.minimum === 'number' && typeof schema.maximum === 'number') {
      return `${type} from ${schema.minimum} to ${schema.maximum}`;
    }
    if (typeof schema.minimum === 'number') bounds.push(`>= ${schema.minimum}`);
    if (typeof schema.exclusiveMinimum === 'number') bounds.push(`> ${schema.exclusiveMinimum}`);
    if (typeof schema.maximum === 'number') bounds.push(`<= ${schema.maximum}`);
    if (typeof schema.exclusiveMaximum === 'number') bounds.push(`< ${schema.exclusiveMaximum}`);
    return [type, ...bounds].join(' ');
  }
  if (type === 'string') {
    if (typeof schema.pattern === 'string') return `a string matching /${schema.pattern}/`;
    return typeof schema.minLength === 'number' && schema.minLength > 0
      ? 'a non-empty string'
      : 'a string';
  }
  if (type === 'array') {
    const items =
      schema.items && typeof schema.items === 'object' ? (schema.items as JsonSchema) : null;
    const list =
      typeof schema.minItems === 'number' && schema.minItems > 0 ? 'a non-empty list' : 'a list';
    const unique = schema.uniqueItems === true ? ' without repeats' : '';
    return items ? `${list}${unique}, each ${describeSchema(items)}` : `${list}${unique}`;
  }
  if (type === 'object') return 'a mapping (key: value)';
  if (type === 'boolean') return 'true or false';
  return Array.isArray(type) ? type.join(' or ') : 'valid';
}

function closest(name: string, candidates: readonly string[]): string | null {
  const normal = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  let best: { candidate: string; distance: number } | null = null;
  for (const candidate of candidates) {
    const distance = editDistance(normal(name), normal(candidate));
    if (distance <= 2 && (best === null || distance < best.distance))
      best = { candidate, distance };
  }
  return best?.candidate ?? null;
}

/** A value as JSON, shortened: enough to recognise it in a message. */
function excerpt(value: unknown): string {
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

/** What kind of value `value` is, without its content: `a string`, `a list`, … */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `a${typeof value === 'object' ? 'n' : ''} ${typeof value}`;
}

interface Issue {
  key: string;
  segments: string[];
  text: string;
}

/** One readable sentence per offending key (ajv may report several errors for one value). */
function issuesOf(errors: readonly ErrorObject[], data: unknown): Issue[] {
  const issues = new Map<string, Issue>();
  const add = (segments: string[], text: string): void => {
    const key = keyOf(segments, data);
    if (!issues.has(key))
      issues.set(key, { key, segments, text: key === '' ? text : `${key} ${text}` });
  };
  const anyOfPaths = new Set(
    errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath),
  );
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    const segments = pathSegments(error.instancePath);
    if (error.keyword === 'additionalProperties') {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((error.parentSchema?.properties ?? {}) as object);
      const parentKey = keyOf(segments, data);
      const suggestion = closest(extra, known);
      const hint = suggestion ? `did you mean "${suggestion}"?` : `known: ${known.join(', ')}`;
      // `rules` at the top or in an override (`overrides[0].rules`).
      const rulesAt = segments.lastIndexOf('rules');
      if (
        rulesAt !== -1 &&
        rulesAt === segments.length - 2 &&
        isRunFilledOption(segments[segments.length - 1], extra)
      ) {
        add(
          [...segments, extra],
          'is set by the run from what it looked up, not in a configuration: remove it',
        );
        continue;
      }
      const what =
        parentKey === 'rules' || (rulesAt !== -1 && rulesAt === segments.length - 1)
          ? 'unknown rule'
          : rulesAt !== -1
            ? 'unknown option'
            : 'unknown key';
      add([...segments, extra], `is an ${what} (${hint})`);
      continue;
    }
    if (anyOfPaths.has(error.instancePath) && error.keyword !== 'anyOf') continue;
    if (error.keyword === 'required') {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      add(segments, `needs the key "${missing}"`);
      continue;
    }
    if (error.keyword === 'propertyNames') continue;
    if (error.propertyName !== undefined) {
      add(
        [...segments, error.propertyName],
        `is not an allowed key: keys must be ${describeSchema({ type: 'string', ...(error.parentSchema ?? {}) })}`,
      );
      continue;
    }
    // The whole file is never echoed (it may be a symlink to a secret): only what kind of value it holds.
    const found =
      error.data === undefined
        ? ''
        : segments.length === 0
          ? ` (found ${kindOf(error.data)})`
          : ` (found ${excerpt(error.data)})`;
    if (
      segments.length >= 2 &&
      segments[segments.length - 2] === 'rules' &&
      (error.keyword === 'type' || error.keyword === 'enum')
    ) {
      add(
        segments,
        `must be "off", "warning", "warn", "error", 0, 1, 2 or a mapping { severity, ...options }${found}`,
      );
      continue;
    }
    add(segments, `must be ${describeSchema((error.parentSchema ?? {}) as JsonSchema)}${found}`);
  }
  return [...issues.values()];
}

/**
 * A config regular expression that does not compile, or could backtrack catastrophically (`(a+)+`
 * takes seconds on a short id): refused, never run.
 */
function patternIssue(source: string, segments: string[], data: unknown): Issue | null {
  const key = keyOf(segments, data);
  try {
    new RegExp(source);
  } catch (error) {
    return {
      key,
      segments,
      text: `${key} must be a valid regular expression (${(error as Error).message})`,
    };
  }
  const reason = unsafePatternReason(source);
  return reason === null
    ? null
    : { key, segments, text: `${key} must be a safe regular expression: ${reason}` };
}

/** The no-placeholders `patterns` of a `rules` mapping, with their key paths. */
function placeholderPatternIssues(
  rules: Record<string, unknown> | undefined,
  data: unknown,
  at: readonly string[] = ['rules'],
): Issue[] {
  const setting = rules?.['no-placeholders'];
  if (setting === null || typeof setting !== 'object') return [];
  const patterns = (setting as { patterns?: unknown }).patterns;
  if (!Array.isArray(patterns)) return [];
  return patterns.flatMap((source, index) => {
    if (typeof source !== 'string') return [];
    const issue = patternIssue(source, [...at, 'no-placeholders', 'patterns', String(index)], data);
    return issue ? [issue] : [];
  });
}

/** Checks the schema cannot express: the patterns compile and are safe, severity aliases name a severity. */
function semanticIssues(file: ConfigFile): Issue[] {
  const issues: Issue[] = [];
  if (file.incidentIdPattern !== undefined) {
    const issue = patternIssue(file.incidentIdPattern, ['incidentIdPattern'], file);
    if (issue) issues.push(issue);
  }
  issues.push(...placeholderPatternIssues(file.rules, file));
  const aliases = severityAliasesOf(file);
  (file.overrides ?? []).forEach((override, index) => {
    const at = ['overrides', String(index)];
    issues.push(...placeholderPatternIssues(override.rules, file, [...at, 'rules']));
    override.severities.forEach((written, position) => {
      if (typeof written !== 'string' || severityLevel(written, aliases) !== null) return;
      const segments = [...at, 'severities', String(position)];
      issues.push({
        key: keyOf(segments, file),
        segments,
        text: `${keyOf(segments, file)} must be a level 1-5 or a severity such as "SEV-3", "P3" or a severityAliases spelling (found ${JSON.stringify(written)})`,
      });
    });
  });
  for (const [alias, target] of Object.entries(file.severityAliases ?? {})) {
    if (typeof target === 'string' && severityLevel(target, {}) === null) {
      issues.push({
        key: `severityAliases.${alias}`,
        segments: ['severityAliases', alias],
        text: `severityAliases.${alias} must be a level 1-5 or a severity such as "SEV-1" or "P2" (found ${JSON.stringify(target)})`,
      });
    }
  }
  return issues;
}

interface ParsedConfig {
  data: unknown;
  /** Line of a key path in the file, when the format keeps positions (YAML). */
  lineOf(segments: readonly string[]): number | null;
}

/**
 * The parser's reason, without the source: its message goes on to quote the offending lines, and
 * some reasons end with the token (`Unresolved tag: !secret`). The file may be a symlink to a
 * secret, so none of its content is echoed; the line number says where to look.
 */
function yamlReason(message: string): string {
  const [first] = message.split('\n');
  return first.replace(/ at line \d+, column \d+:?$/, '').replace(/:\s.*$/, '');
}

function parseYaml(text: string, shown: string, file: string): ParsedConfig {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { schema: 'core', uniqueKeys: true, lineCounter });
  const [error] = document.errors;
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    const reason = yamlReason(error.message);
    throw new ConfigError(`${shown}:${line}: invalid YAML: ${reason}`, { file, line });
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    throw new ConfigError(`${shown}: invalid YAML: ${yamlReason((cause as Error).message)}`, {
      file,
    });
  }
  return {
    data,
    lineOf(segments) {
      for (let depth = segments.length; depth > 0; depth--) {
        const node = document.getIn(segments.slice(0, depth), true) as
          { range?: [number, number] } | undefined;
        if (node?.range) return lineCounter.linePos(node.range[0]).line;
      }
      return null;
    },
  };
}

function parseJson(text: string, shown: string, file: string): ParsedConfig {
  try {
    return { data: JSON.parse(text), lineOf: () => null };
  } catch (cause) {
    // V8's message quotes the source ("SECRET=hunter2" is not valid JSON): only its position is kept.
    const message = (cause as Error).message;
    const position = /position (\d+)/.exec(message);
    const before = position ? text.slice(0, Number(position[1])).split('\n') : null;
    const line = before ? before.length : null;
    const column = before ? before[before.length - 1].length + 1 : null;
    const reason = /end of (JSON )?input/i.test(message)
      ? 'unexpected end of input'
      : `unexpected ${column === null ? 'content' : `character at column ${column}`}`;
    throw new ConfigError(`${shown}${line ? `:${line}` : ''}: invalid JSON: ${reason}`, {
      file,
      line,
    });
  }
}

/** Throws a ConfigError listing every issue, in line order, each prefixed with `shown`. */
function rejectIssues(
  issues: Issue[],
  shown: string,
  file: string | null,
  lineOf: ParsedConfig['lineOf'],
): void {
  if (issues.length === 0) return;
  const located = issues
    .map((issue) => ({ ...issue, line: lineOf(issue.segments) }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const lines = located.map(
    (issue) => `${shown}: ${issue.text}${issue.line === null ? '' : ` (line ${issue.line})`}`,
  );
  const [first] = located;
  throw new ConfigError(lines.join('\n'), { file, key: first.key, line: first.line });
}

/** Reads, parses and validates one config file: its data as written, and its absolute path. */
async function readConfigData(
  path: string,
  cwd: string,
): Promise<{ file: string; data: ConfigFile }> {
  const file = resolve(cwd, path);
  const shown = displayPath(file, cwd);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
    throw new ConfigError(`${shown}: config file could not be read (${code})`, { file });
  }
  const parsed = file.endsWith('.json')
    ? parseJson(text, shown, file)
    : parseYaml(text, shown, file);
  const data = parsed.data ?? {};
  const validateConfig = configValidator();
  const issues = validateConfig(data)
    ? semanticIssues(data)
    : issuesOf(validateConfig.errors ?? [], data);
  rejectIssues(issues, shown, file, parsed.lineOf);
  return { file, data: data as ConfigFile };
}

/**
 * Reads, parses and validates one config file; the result has the built-in defaults applied. Its
 * patterns are relative to `baseDir` (default: the file's directory).
 */
export async function readConfigFile(
  path: string,
  cwd: string = process.cwd(),
  baseDir?: string,
): Promise<ResolvedConfig> {
  const { file, data } = await readConfigData(path, cwd);
  return resolveConfig(data, file, baseDir ?? dirname(file));
}

/** `--rule` settings, validated as the `rules` of a config file (messages start `--rule:`). */
function validRuleOverrides(overrides: Record<string, unknown>): ConfigFile['rules'] & object {
  const data = { rules: overrides };
  const validateConfig = configValidator();
  if (!validateConfig(data))
    rejectIssues(issuesOf(validateConfig.errors ?? [], data), '--rule', null, () => null);
  rejectIssues(placeholderPatternIssues(overrides, data), '--rule', null, () => null);
  return overrides as ConfigFile['rules'] & object;
}

/**
 * The file's rule settings with the command line's applied: a severity replaces the severity and
 * keeps the file's options; options are merged over the file's. They win over `overrides` too,
 * as ESLint's `--rule` does: they are applied over each override's settings as well.
 */
function withRuleOverrides(file: ConfigFile, overrides: ConfigFile['rules'] & object): ConfigFile {
  return {
    ...file,
    rules: mergeRuleSettings(file.rules ?? {}, overrides),
    ...(file.overrides
      ? {
          overrides: file.overrides.map((override) => ({
            ...override,
            rules: mergeRuleSettings(override.rules, overrides),
          })),
        }
      : {}),
  };
}

/**
 * The configuration for a run: `configPath` when given (its patterns then relative to `cwd`, as
 * ESLint's `--config`), else the first `.postmortemrc.yml`, `.postmortemrc.yaml` or
 * `.postmortemrc.json` found in `searchFrom` or an ancestor directory (patterns relative to that
 * file), else the built-in defaults (patterns relative to `cwd`); `ruleOverrides` on top. Throws
 * ConfigError.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  const cwd = options.cwd ?? process.cwd();
  const overrides =
    options.ruleOverrides === undefined ? null : validRuleOverrides(options.ruleOverrides);
  const apply = (data: ConfigFile): ConfigFile =>
    overrides === null ? data : withRuleOverrides(data, overrides);
  if (options.configPath !== undefined) {
    const { file, data } = await readConfigData(options.configPath, cwd);
    return resolveConfig(apply(data), file, cwd);
  }
  const found = await findConfigFile(resolve(cwd, options.searchFrom));
  // No file: the built-in defaults (and the overrides), patterns relative to the working directory.
  if (found === null) return resolveConfig(apply({}), null, cwd);
  const { file, data } = await readConfigData(found, cwd);
  return resolveConfig(apply(data), file, dirname(file));
}

/** The names of the config files looked for in each directory, in the order they are looked for. */
export const CONFIG_FILES: readonly string[] = CONFIG_FILE_NAMES;
