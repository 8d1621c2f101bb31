/**
 * Files generated from the template repository and the examples, through the real code paths.
 * `npm run samples` writes them (it runs test/template/generated.test.ts with UPDATE_SAMPLES=1);
 * the same test, run normally, fails when one of them is stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDefaultConfig } from '../src/scaffold/default-config.js';

export const TEMPLATE_REPO = 'examples/template-repo';

export interface GeneratedFile {
  /** Relative to the repository root. */
  path: string;
  text: string;
  /** What it is generated from, for the staleness message. */
  from: string;
}

/** The built-in template of `postmortem-lint new`: TEMPLATE.md as a TypeScript string. */
function builtinTemplateModule(root: string): GeneratedFile {
  const template = readFileSync(join(root, TEMPLATE_REPO, 'postmortems', 'TEMPLATE.md'), 'utf8');
  const literal = template.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  return {
    path: 'src/scaffold/builtin-template.ts',
    from: `${TEMPLATE_REPO}/postmortems/TEMPLATE.md`,
    text: [
      '// Generated from examples/template-repo/postmortems/TEMPLATE.md by `npm run samples`: do not edit.',
      '// The built-in template of `postmortem-lint new`, shipped inside the bundle as a string.',
      `export const BUILTIN_TEMPLATE = \`${literal}\`;`,
      '',
    ].join('\n'),
  };
}

export async function generatedFiles(root: string): Promise<GeneratedFile[]> {
  return [
    builtinTemplateModule(root),
    {
      path: `${TEMPLATE_REPO}/.postmortemrc.yml`,
      from: 'the rules’ metadata and the config schema',
      text: renderDefaultConfig(),
    },
  ];
}
