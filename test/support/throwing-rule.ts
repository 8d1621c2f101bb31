import { RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';

/**
 * The built-in registry with rule `id` replaced by a copy whose check throws `boom in <id>`: how
 * the tests show that a failing rule is isolated (one `rule-error`, the other rules' findings kept).
 */
export function registryWithThrowing(id: string): Rule[] {
  const original = RULES.find((rule) => rule.meta.id === id);
  if (original === undefined) throw new Error(`no rule ${id}`);
  const check = (): void => {
    throw new TypeError(`boom in ${id}`);
  };
  const broken = { ...original, check } as Rule;
  return RULES.map((rule) => (rule === original ? broken : rule));
}
