import type { ResolvedConfig } from '../config/types.js';
import { enabledRules } from '../config/resolve.js';
import type { Postmortem } from '../model/types.js';
import type { Rule } from '../rules/types.js';
import { RULES } from '../rules/index.js';
import type { TextEdit } from '../text/edits.js';

/** What `--fix` works on: one modelled file. */
export interface FixInput {
  model: Postmortem;
  /** The text the model was built from (LF line endings, no BOM). */
  text: string;
  config: ResolvedConfig;
  /** The template the missing sections are copied from. */
  template: string;
}

/**
 * Every mechanical fix for one modelled file, as text edits: the fixes each rule enabled for the
 * file's severity declares (an `overrides` entry may turn a rule off), in registry order, with the
 * options that rule runs with.
 */
export function computeFixes(input: FixInput, registry: readonly Rule[] = RULES): TextEdit[] {
  const byId = new Map(registry.map((rule) => [rule.meta.id, rule]));
  return enabledRules(input.config, input.model.severity?.level ?? null).flatMap(
    ({ id, options }) => {
      const rule = byId.get(id);
      if (rule?.scope !== 'file' || !rule.fixes) return [];
      return rule.fixes({
        model: input.model,
        text: input.text,
        options,
        parse: input.config.parse,
        template: input.template,
      });
    },
  );
}
