// Bundles the TypeScript sources into dist/ (committed: the Action and `npx postmortem-lint` run it
// without a build step). Output must be byte-identical from build to build: CI rebuilds and diffs.
import { rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import ts from 'typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';

/** Entry points: output name (in dist/) → source. One line per entry. */
const input = {
  cli: 'src/cli/main.ts',
  api: 'src/index.ts',
  index: 'src/github/index.ts',
  remark: 'src/remark/plugin.ts',
  worker: 'src/engine/pool/worker.ts',
};

/**
 * TypeScript to JavaScript, one file at a time (type checking is `npm run typecheck`'s job): fast,
 * and a type error elsewhere never blocks a bundle.
 */
function transpileTypeScript() {
  return {
    name: 'transpile-typescript',
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const output = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          verbatimModuleSyntax: false,
          isolatedModules: true,
          sourceMap: false,
        },
      });
      return { code: output.outputText, map: null };
    },
  };
}

/** Empties dist/ just before writing, so chunks of earlier builds never linger beside the new ones. */
function cleanOutputDir() {
  return {
    name: 'clean-output-dir',
    generateBundle(outputOptions) {
      rmSync(outputOptions.dir, { recursive: true, force: true });
    },
  };
}

const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

export default {
  input,
  external: (id) => builtins.has(id),
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    generatedCode: 'es2015',
  },
  plugins: [
    transpileTypeScript(),
    nodeResolve({
      preferBuiltins: true,
      exportConditions: ['node'],
      extensions: ['.ts', '.js', '.mjs', '.json'],
    }),
    commonjs(),
    json({ preferConst: true }),
    cleanOutputDir(),
  ],
  onwarn(warning, warn) {
    // Dependencies' own circular imports and top-level `this` are harmless in their bundled form.
    const fromDependency = (warning.ids ?? [warning.id ?? '']).some((id) =>
      id.includes('node_modules'),
    );
    if (
      (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') &&
      fromDependency
    )
      return;
    warn(warning);
  },
};
