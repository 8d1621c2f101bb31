import { UsageError, type OptionValue } from './command.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ruleError(text: string): UsageError {
  return new UsageError(
    `--rule must be "id: severity" (off, warn, warning, error, 0, 1 or 2) or a JSON object such as '{"five-whys": {"severity": "warn", "minDepth": 6}}' (got ${JSON.stringify(text)}).`,
  );
}

/** `warn`, `2`, `{"severity": "warn"}`: the setting after `id:` (numbers as numbers, JSON as JSON). */
function settingOf(text: string, whole: string): unknown {
  const value = text.trim();
  if (/^\d+$/.test(value)) return Number(value);
  if (value.startsWith('{') || value.startsWith('"')) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      throw ruleError(whole);
    }
  }
  return value;
}

/**
 * The rule settings of `--rule` options, later ones winning, as a config file's `rules` (not yet
 * validated: the config loader checks them as it checks a file). Each value is `id: severity`,
 * `id: {JSON options}`, or a JSON object of such settings, as ESLint's `--rule` takes.
 */
export function parseRuleOptions(value: OptionValue): Record<string, unknown> | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  // A map, then own properties: a key such as "__proto__" stays a key (and an unknown rule).
  const settings = new Map<string, unknown>();
  for (const text of Array.isArray(value) ? value : [value]) {
    const trimmed = text.trim();
    if (trimmed.startsWith('{')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(trimmed);
      } catch {
        throw ruleError(text);
      }
      if (!isPlainObject(parsed) || Object.keys(parsed).length === 0) throw ruleError(text);
      for (const [id, setting] of Object.entries(parsed)) settings.set(id, setting);
      continue;
    }
    const match = /^([^\s:{}"]+)\s*:(.+)$/s.exec(trimmed);
    if (!match) throw ruleError(text);
    settings.set(match[1], settingOf(match[2], text));
  }
  return Object.fromEntries(settings);
}
