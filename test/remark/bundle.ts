import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup, type RollupOptions } from 'rollup';

/**
 * Bundles `src/remark/plugin.ts` with the project's Rollup configuration into
 * `<root>/node_modules/postmortem-lint/dist/remark.js`, behind a package.json whose `exports`
 * map is the real one: the plugin is then loaded by remark-cli exactly as users load it.
 */
export async function installBundledPlugin(root: string): Promise<void> {
  // A plain-JS module without types: imported through a variable so TypeScript does not check it.
  const configModule = '../../rollup.config.js';
  const options = ((await import(configModule)) as { default: RollupOptions }).default;
  const packageDir = join(root, 'node_modules', 'postmortem-lint');
  const bundle = await rollup({ ...options, input: { remark: 'src/remark/plugin.ts' } });
  try {
    const output = Array.isArray(options.output) ? options.output[0] : options.output;
    await bundle.write({ ...output, dir: join(packageDir, 'dist') });
  } finally {
    await bundle.close();
  }
  mkdirSync(packageDir, { recursive: true });
  const real = (await import('../../package.json', { with: { type: 'json' } })).default as {
    exports: Record<string, string>;
  };
  writeFileSync(
    join(packageDir, 'package.json'),
    JSON.stringify({
      name: 'postmortem-lint',
      type: 'module',
      exports: { './remark': real.exports['./remark'] },
    }),
  );
}
