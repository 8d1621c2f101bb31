import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../../src/engine/lint-files.js';
import {
  cacheFilePath,
  CACHE_FILE_NAME,
  MAX_CACHE_FILE_BYTES,
  SIGNATURE,
} from '../../src/engine/cache/file.js';
import { cacheKey, cacheKeyPath, recordTag } from '../../src/engine/cache/key.js';
import { decodeRecord, encodeRecord } from '../../src/engine/cache/record.js';
import { modelBytes } from '../../src/engine/pipeline.js';
import { decodePostmortem } from '../../src/parse/decode.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import type { LintRun } from '../../src/engine/types.js';
import { VERSION } from '../../src/version.js';
import { config as configOf, tempTree } from '../support/lint.js';
import { referenceAsFrontmatter, referenceText } from '../support/reference.js';
import { OPEN_ITEM_DUE } from './corpus.js';

const now = new Date('2026-02-06T12:00:00Z');
const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/postmortems', import.meta.url));
const defaults = configOf();

interface CacheDocument {
  formatVersion: number;
  toolVersion: string;
  configHash: string;
  keyId: string;
  files: Record<string, [string, string, string]>;
}

function setup(): { root: string; files: string[]; cacheLocation: string } {
  const root = tempTree({
    'a.md': referenceText(),
    'b.md': referenceAsFrontmatter(),
    'open-item.md': referenceText().replace('| 2026-02-20 |', `| ${OPEN_ITEM_DUE} |`),
    'binary.md': new Uint8Array([0x23, 0x00, 0x01]),
  });
  const files = ['a.md', 'b.md', 'open-item.md', 'binary.md'].map((name) => join(root, name));
  return { root, files, cacheLocation: join(root, 'lint-cache.json') };
}

function run(
  files: string[],
  cacheLocation: string | null,
  options: { config?: ResolvedConfig; at?: Date } = {},
): Promise<LintRun> {
  return lintFiles({
    files,
    config: options.config ?? defaults,
    now: options.at ?? now,
    jobs: 1,
    ...(cacheLocation === null ? {} : { cache: true, cacheLocation }),
  });
}

function readCache(location: string): CacheDocument {
  return JSON.parse(readFileSync(location, 'utf8')) as CacheDocument;
}

/** The entry a run on this machine would store for `record` (tagged with this machine's key). */
function signed(
  document: CacheDocument,
  name: string,
  hash: string,
  record: string,
  key: Buffer = cacheKey(),
): [string, string, string] {
  const literal = Buffer.from(JSON.stringify(record), 'utf8');
  return [hash, recordTag(key, document, name, hash, literal), record];
}

/**
 * Rewrites the cached model of `name` with another title, to tell a reused model from a fresh one
 * (signed with this machine's key, as only a run here could).
 */
function tamperTitle(location: string, name: string): void {
  const document = readCache(location);
  const [hash, , record] = document.files[name];
  const stored = JSON.parse(record) as { model: { title: { text: string } } };
  stored.model.title.text = 'Title from the cache';
  document.files[name] = signed(document, name, hash, JSON.stringify(stored));
  writeFileSync(location, JSON.stringify(document));
}

/** Runs `body` with the cache key in a fresh private directory (as on another machine). */
async function withKeyDir<T>(body: (directory: string) => Promise<T>): Promise<T> {
  const saved = process.env.POSTMORTEM_LINT_CACHE_KEY_DIR;
  const directory = mkdtempSync(join(tmpdir(), 'pml-key-'));
  process.env.POSTMORTEM_LINT_CACHE_KEY_DIR = directory;
  try {
    return await body(directory);
  } finally {
    if (saved === undefined) delete process.env.POSTMORTEM_LINT_CACHE_KEY_DIR;
    else process.env.POSTMORTEM_LINT_CACHE_KEY_DIR = saved;
  }
}

/** A postmortem with errors. */
const FAULTY = '# Postmortem: something broke\n\nWe fixed it.\n';

const titles = (lintRun: LintRun): Array<string | null> =>
  lintRun.index.map((entry) => entry.title);

describe('incremental cache', () => {
  test('a warm run reuses the stored models and gives identical results', async () => {
    const { files, cacheLocation } = setup();
    const cold = await run(files, cacheLocation);
    expect(JSON.stringify(cold)).toBe(JSON.stringify(await run(files, null)));
    const written = statSync(cacheLocation).mtimeMs;
    expect(JSON.stringify(await run(files, cacheLocation))).toBe(JSON.stringify(cold));
    // Nothing changed, so the file is not rewritten.
    expect(statSync(cacheLocation).mtimeMs).toBe(written);

    tamperTitle(cacheLocation, 'a.md');
    expect(titles(await run(files, cacheLocation))[0]).toBe('Title from the cache');
  });

  test('a changed file is modelled afresh', async () => {
    const { files, cacheLocation } = setup();
    await run(files, cacheLocation);
    tamperTitle(cacheLocation, 'a.md');
    writeFileSync(files[0], referenceText().replace('# Postmortem:', '# Review:'));
    const warm = await run(files, cacheLocation);
    expect(titles(warm)[0]).toMatch(/^Review:/);
    expect(JSON.stringify(warm)).toBe(JSON.stringify(await run(files, null)));
  });

  test('another configuration invalidates every entry', async () => {
    const { files, cacheLocation } = setup();
    await run(files, cacheLocation);
    tamperTitle(cacheLocation, 'a.md');
    const other = configOf({ severityAliases: { Critical: 1 } });
    const warm = await run(files, cacheLocation, { config: other });
    expect(titles(warm)[0]).not.toBe('Title from the cache');
    expect(JSON.stringify(warm)).toBe(JSON.stringify(await run(files, null, { config: other })));
    expect(warm.warnings).toBeUndefined();
  });

  test('a cache written by another version is rebuilt, with a warning', async () => {
    const { files, cacheLocation } = setup();
    const cold = await run(files, cacheLocation);
    tamperTitle(cacheLocation, 'a.md');
    const document = readCache(cacheLocation);
    writeFileSync(cacheLocation, JSON.stringify({ ...document, toolVersion: '0.0.1-old' }));
    const warm = await run(files, cacheLocation);
    expect(warm.warnings).toEqual([
      expect.stringContaining('written by postmortem-lint 0.0.1-old'),
    ]);
    expect(JSON.stringify({ ...warm, warnings: undefined })).toBe(JSON.stringify(cold));
    expect(readCache(cacheLocation).toolVersion).toBe(VERSION);
  });

  test.each([
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['emptied', () => ''],
    ['not an object', () => '{"format":"postmortem-lint-cache","files":[]}'],
  ])('a %s cache file is ignored with a warning and rebuilt', async (_, damage) => {
    const { files, cacheLocation } = setup();
    const cold = await run(files, cacheLocation);
    writeFileSync(cacheLocation, damage(readFileSync(cacheLocation, 'utf8')));
    const warm = await run(files, cacheLocation);
    expect(warm.warnings).toEqual([
      expect.stringMatching(/truncated or corrupt: ignored and rebuilt/),
    ]);
    expect(warm.results).toEqual(cold.results);
    const again = await run(files, cacheLocation);
    expect(again.warnings).toBeUndefined();
    expect(JSON.stringify(again)).toBe(JSON.stringify(cold));
  });

  test('a foreign file at the cache location is reported and never overwritten', async () => {
    const { files, cacheLocation } = setup();
    mkdirSync(join(cacheLocation, '..'), { recursive: true });
    writeFileSync(cacheLocation, 'name: not a cache\n');
    const warm = await run(files, cacheLocation);
    expect(warm.warnings).toEqual([expect.stringContaining('is not a postmortem-lint cache')]);
    expect(warm.results).toEqual((await run(files, null)).results);
    expect(readFileSync(cacheLocation, 'utf8')).toBe('name: not a cache\n');
  });

  test('an unusable record is replaced by a fresh model', async () => {
    const { files, cacheLocation } = setup();
    const cold = await run(files, cacheLocation);
    const document = readCache(cacheLocation);
    const [hashA] = document.files['a.md'];
    const [hashB] = document.files['b.md'];
    document.files['a.md'] = signed(
      document,
      'a.md',
      hashA,
      '{"model":{"prose":[[1,1,999999,5]]}}',
    );
    document.files['b.md'] = signed(document, 'b.md', hashB, 'not json');
    writeFileSync(cacheLocation, JSON.stringify(document));
    expect(JSON.stringify(await run(files, cacheLocation))).toBe(JSON.stringify(cold));
    expect(readCache(cacheLocation).files['b.md'][2]).toMatch(/^\{"model"/);
  });

  test('findings that depend on `now` follow it on a cache hit', async () => {
    const { files, cacheLocation } = setup();
    const overdue = (lintRun: LintRun): string[] =>
      lintRun.results[2].diagnostics.filter((d) => /overdue/.test(d.message)).map((d) => d.message);
    expect(overdue(await run(files, cacheLocation))).toEqual([]);
    tamperTitle(cacheLocation, 'open-item.md');
    const later = new Date('2026-04-01T12:00:00Z');
    const warm = await run(files, cacheLocation, { at: later });
    expect(titles(warm)[2]).toBe('Title from the cache');
    expect(overdue(warm)).toEqual(overdue(await run(files, null, { at: later })));
    expect(overdue(warm)).toContainEqual(
      expect.stringContaining(`31 days overdue: deadline ${OPEN_ITEM_DUE}`),
    );
  });

  test('entries of files no longer linted are pruned', async () => {
    const { files, cacheLocation } = setup();
    await run(files, cacheLocation);
    expect(Object.keys(readCache(cacheLocation).files).sort()).toEqual([
      'a.md',
      'b.md',
      'binary.md',
      'open-item.md',
    ]);
    await run(files.slice(0, 1), cacheLocation);
    expect(Object.keys(readCache(cacheLocation).files)).toEqual(['a.md']);
  });

  test('a directory location holds .postmortem-lint-cache; the default is in the working directory', async () => {
    const { root, files } = setup();
    await run(files, root);
    expect(readdirSync(root)).toContain(CACHE_FILE_NAME);
    expect(await cacheFilePath(undefined, root)).toBe(join(root, CACHE_FILE_NAME));
    expect(await cacheFilePath('new-dir/', root)).toBe(join(root, 'new-dir', CACHE_FILE_NAME));
    expect(await cacheFilePath('some-file', root)).toBe(join(root, 'some-file'));
  });

  test('records round-trip every model of the reference and the bundled examples', () => {
    // A title that starts with the character the encoding uses as its marker.
    const marked = referenceText().replace('# Postmortem:', '# \u007fPostmortem:');
    const texts = [referenceText(), referenceAsFrontmatter(), marked, '\u007f\u007f only'];
    for (const name of readdirSync(EXAMPLES_DIR))
      texts.push(readFileSync(join(EXAMPLES_DIR, name), 'utf8'));
    for (const [i, text] of texts.entries()) {
      const bytes = new TextEncoder().encode(text);
      const modelled = modelBytes(`file-${i}.md`, bytes, defaults);
      const decoded = decodePostmortem(bytes);
      const round = decodeRecord(
        encodeRecord(modelled),
        `file-${i}.md`,
        decoded.ok ? decoded.text : null,
      );
      expect(round).toEqual(modelled);
      expect(encodeRecord(modelled).length).toBeLessThan(JSON.stringify(modelled).length);
    }
  });
});

describe('a cache from the repository never changes a verdict (issue 13)', () => {
  function faultySetup(): { files: string[]; cacheLocation: string; root: string } {
    const root = tempTree({ 'a.md': referenceText(), 'faulty.md': FAULTY });
    return {
      root,
      files: [join(root, 'a.md'), join(root, 'faulty.md')],
      cacheLocation: join(root, CACHE_FILE_NAME),
    };
  }

  test('a forged record under the file own hash is a miss: the errors are still reported', async () => {
    const { files, cacheLocation } = faultySetup();
    const fresh = await run(files, null);
    expect(fresh.results[1].errorCount).toBeGreaterThan(0);
    expect(fresh.results[0].errorCount).toBe(0);
    await run(files, cacheLocation);
    const document = readCache(cacheLocation);
    const [faultyHash] = document.files['faulty.md'];
    const [, cleanTag, cleanRecord] = document.files['a.md'];
    // The clean file's record (and its tag) under the faulty file's hash.
    document.files['faulty.md'] = [faultyHash, cleanTag, cleanRecord];
    writeFileSync(cacheLocation, JSON.stringify(document));
    expect(JSON.stringify(await run(files, cacheLocation))).toBe(JSON.stringify(fresh));
    // Hand-crafted: tagged with a key the attacker made up, and with no tag at all.
    for (const tag of [
      signed(document, 'faulty.md', faultyHash, cleanRecord, Buffer.alloc(32, 7))[1],
      '',
    ]) {
      document.files['faulty.md'] = [faultyHash, tag, cleanRecord];
      writeFileSync(cacheLocation, JSON.stringify(document));
      expect(JSON.stringify(await run(files, cacheLocation))).toBe(JSON.stringify(fresh));
    }
  });

  test('a cache committed with a made-up key id or written with another key is rebuilt', async () => {
    const { files, cacheLocation } = faultySetup();
    const fresh = await run(files, null);
    await withKeyDir(async () => {
      await run(files, cacheLocation);
      expect(statSync(cacheKeyPath()).mode & 0o777).toBe(0o600);
      expect(statSync(join(cacheKeyPath(), '..')).mode & 0o777).toBe(0o700);
      tamperTitle(cacheLocation, 'a.md');
      expect(titles(await run(files, cacheLocation))[0]).toBe('Title from the cache');
    });
    // Another machine (another key): the whole file is rebuilt, the findings are those of a fresh run.
    await withKeyDir(async () => {
      const other = await run(files, cacheLocation);
      expect(other.warnings).toEqual([expect.stringContaining('was not written on this machine')]);
      expect(JSON.stringify({ ...other, warnings: undefined })).toBe(JSON.stringify(fresh));
      const again = await run(files, cacheLocation);
      expect(again.warnings).toBeUndefined();
      expect(JSON.stringify(again)).toBe(JSON.stringify(fresh));
    });
  });

  test('a symlink at the cache location (to /dev/zero) is refused, never read nor replaced', async () => {
    const { files, cacheLocation } = faultySetup();
    symlinkSync('/dev/zero', cacheLocation);
    const warm = await run(files, cacheLocation);
    expect(warm.warnings).toEqual([expect.stringContaining('is a symbolic link: refused')]);
    expect(warm.results).toEqual((await run(files, null)).results);
    expect(lstatSync(cacheLocation).isSymbolicLink()).toBe(true);
    expect(readlinkSync(cacheLocation)).toBe('/dev/zero');
  });

  test('a FIFO or a directory at the cache location is refused', async () => {
    const { files, root, cacheLocation } = faultySetup();
    mkdirSync(cacheLocation);
    const warm = await run(files, root);
    expect(warm.warnings).toEqual([expect.stringContaining('is not a regular file: refused')]);
    expect(warm.results).toEqual((await run(files, null)).results);
    const fifo = join(root, 'fifo-cache');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // No mkfifo here (Windows).
    }
    const piped = await run(files, fifo);
    expect(piped.warnings).toEqual([expect.stringContaining('is not a regular file: refused')]);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  test('a cache file over the size limit is refused without being read', async () => {
    const { files, cacheLocation } = faultySetup();
    writeFileSync(cacheLocation, SIGNATURE);
    truncateSync(cacheLocation, MAX_CACHE_FILE_BYTES + 1); // Sparse: nothing is really written.
    const warm = await run(files, cacheLocation);
    expect(warm.warnings).toEqual([expect.stringContaining('is larger than')]);
    expect(warm.results).toEqual((await run(files, null)).results);
    expect(statSync(cacheLocation).size).toBe(MAX_CACHE_FILE_BYTES + 1);
  });

  test('a huge record (30 MB) is a miss with a warning, not a crash', async () => {
    const { files, cacheLocation } = faultySetup();
    const fresh = await run(files, null);
    await run(files, cacheLocation);
    const document = readCache(cacheLocation);
    const [hash] = document.files['faulty.md'];
    const huge = `{"model":{"title":"${'x'.repeat(30 * 1024 * 1024)}"}}`;
    // Even correctly tagged, it is never decoded.
    document.files['faulty.md'] = signed(document, 'faulty.md', hash, huge);
    writeFileSync(cacheLocation, JSON.stringify(document));
    const warm = await run(files, cacheLocation);
    expect(warm.warnings).toEqual([expect.stringContaining('is larger than')]);
    expect(JSON.stringify({ ...warm, warnings: undefined })).toBe(JSON.stringify(fresh));
    expect(statSync(cacheLocation).size).toBeLessThan(1024 * 1024);
  });

  test('a planted file at a temporary name is never written through', async () => {
    const { files, root, cacheLocation } = faultySetup();
    const target = join(root, 'victim.txt');
    writeFileSync(target, 'untouched');
    symlinkSync(target, `${cacheLocation}.${process.pid}.tmp`);
    await run(files, cacheLocation);
    expect(readFileSync(target, 'utf8')).toBe('untouched');
    expect(Object.keys(readCache(cacheLocation).files).sort()).toEqual(['a.md', 'faulty.md']);
  });

  test('a key directory open to other users is not trusted: linting without the cache', async () => {
    if (process.platform === 'win32') return;
    const { files, cacheLocation } = faultySetup();
    await withKeyDir(async (directory) => {
      execFileSync('chmod', ['777', directory]);
      const warm = await run(files, cacheLocation);
      expect(warm.warnings).toEqual([expect.stringContaining('accessible to other users')]);
      expect(warm.results).toEqual((await run(files, null)).results);
      expect(readdirSync(join(cacheLocation, '..'))).not.toContain(CACHE_FILE_NAME);
    });
  });
});
