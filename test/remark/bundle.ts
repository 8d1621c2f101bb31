import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup, type RollupOptions } from 'rollup';

/** The editor faces: output name in dist/ → source, as in rollup.config.js's `input`. */
const EDITOR_ENTRIES = {
  remark: 'src/remark/plugin.ts',
  markdownlint: 'src/markdownlint/rule.ts',
} as const;

type Entry = keyof typeof EDITOR_ENTRIES;

/**
 * Bundles the editor faces (`src/remark/plugin.ts`, `src/markdownlint/rule.ts`) with the project's
 * Rollup configuration into `<root>/node_modules/postmortem-lint/dist/`, behind a package.json
 * whose `exports` entries are the real ones: remark-cli, unified-language-server and
 * markdownlint-cli2 then load them exactly as users do.
 */
export async function installBundledPlugin(
  root: string,
  entries: readonly Entry[] = ['remark'],
): Promise<void> {
  // A plain-JS module without types: imported through a variable so TypeScript does not check it.
  const configModule = '../../rollup.config.js';
  const options = ((await import(configModule)) as { default: RollupOptions }).default;
  const packageDir = join(root, 'node_modules', 'postmortem-lint');
  const input = Object.fromEntries(entries.map((entry) => [entry, EDITOR_ENTRIES[entry]]));
  const bundle = await rollup({ ...options, input });
  try {
    const output = Array.isArray(options.output) ? options.output[0] : options.output;
    await bundle.write({ ...output, dir: join(packageDir, 'dist') });
  } finally {
    await bundle.close();
  }
  mkdirSync(packageDir, { recursive: true });
  const real = (await import('../../package.json', { with: { type: 'json' } })).default as {
    exports: Record<string, unknown>;
  };
  // Until package.json lists an entry, it is the one dist/ would have: ./dist/<name>.js.
  const exported = Object.fromEntries(
    entries.map((entry) => [`./${entry}`, real.exports[`./${entry}`] ?? `./dist/${entry}.js`]),
  );
  writeFileSync(
    join(packageDir, 'package.json'),
    JSON.stringify({ name: 'postmortem-lint', type: 'module', exports: exported }),
  );
}
