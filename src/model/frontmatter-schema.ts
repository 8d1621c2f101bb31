import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import schema from '../../schemas/postmortem.schema.json' with { type: 'json' };

// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

let compiled: ValidateFunction | null = null;

/** Compiled on first use: compiling costs ~100 ms, paid only by runs that meet frontmatter. */
function validator(): ValidateFunction {
  if (compiled === null) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** Fields whose presence and validity the required-metadata rule reports, with better messages. */
const RULE_OWNED = new Set(['id', 'title', 'date', 'severity', 'status', 'author']);

export interface FrontmatterIssue {
  key: string | null;
  message: string;
}

function keyOf(error: ErrorObject): string | null {
  const first = error.instancePath.split('/')[1];
  return first === undefined || first === '' ? null : first;
}

/** Schema problems in frontmatter fields other than the six the required-metadata rule owns. */
export function validateFrontmatter(data: Record<string, unknown>): FrontmatterIssue[] {
  const validate = validator();
  if (validate(data)) return [];
  const issues: FrontmatterIssue[] = [];
  for (const error of validate.errors ?? []) {
    const key = keyOf(error);
    if (error.keyword === 'required' || (key !== null && RULE_OWNED.has(key))) continue;
    issues.push({
      key,
      message: `Frontmatter field "${key ?? ''}" ${error.message ?? 'is invalid'}.`,
    });
  }
  return issues;
}
