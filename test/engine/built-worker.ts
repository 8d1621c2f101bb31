import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST_WORKER = join(ROOT, 'dist', 'worker.js');

function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Bundles only the worker entry, with the project's Rollup config, into a temporary folder. */
function bundleWorker(outDir: string): Promise<void> {
  const script = `
    import { rollup } from 'rollup';
    const { default: config } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'rollup.config.js')).href)});
    const bundle = await rollup({ ...config, input: { worker: config.input.worker } });
    await bundle.write({ ...config.output, dir: ${JSON.stringify(outDir)} });
    await bundle.close();`;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', script],
      { cwd: ROOT },
      (error, _stdout, stderr) =>
        error ? reject(new Error(`bundling the worker failed:\n${stderr}`)) : resolve(),
    );
  });
}

/**
 * A compiled worker (the pool cannot run TypeScript sources): dist/worker.js when it is newer
 * than every source (CI bundles before testing), else the worker alone bundled from the current
 * sources into a temporary folder, so dist/ is never rewritten under other tests' feet.
 */
export async function builtWorkerUrl(): Promise<URL> {
  const sources = Math.max(
    newestMtime(join(ROOT, 'src')),
    newestMtime(join(ROOT, 'rollup.config.js')),
    newestMtime(join(ROOT, 'package-lock.json')),
  );
  if (existsSync(DIST_WORKER) && statSync(DIST_WORKER).mtimeMs >= sources)
    return pathToFileURL(DIST_WORKER);
  const outDir = mkdtempSync(join(tmpdir(), 'pml-worker-'));
  await bundleWorker(outDir);
  return pathToFileURL(join(outDir, 'worker.js'));
}

function writeWorker(files: Record<string, string>, entry: string): URL {
  const folder = mkdtempSync(join(tmpdir(), 'pml-fake-worker-'));
  for (const [name, source] of Object.entries(files)) writeFileSync(join(folder, name), source);
  return pathToFileURL(join(folder, entry));
}

/**
 * A worker that exits, as a crashing one would, on any batch holding a path containing `crash`,
 * and leaves every other batch to the real worker. Static imports evaluate in order, so its
 * listener is registered before the real one and both before any message arrives.
 */
export function crashOnMarkerWorker(realWorker: URL): URL {
  return writeWorker(
    {
      'crash-listener.mjs': `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (batch) => {
  if (batch.tasks.some((task) => task.path.includes('crash'))) process.exit(70);
});
`,
      'crash-on-marker-worker.mjs': `import './crash-listener.mjs';\nimport ${JSON.stringify(realWorker.href)};\n`,
    },
    'crash-on-marker-worker.mjs',
  );
}

/** A worker that fails as soon as it starts. */
export function deadWorker(): URL {
  return writeWorker(
    { 'dead-worker.mjs': "throw new Error('this worker always fails');\n" },
    'dead-worker.mjs',
  );
}
