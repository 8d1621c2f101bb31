import { dirname, join } from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { modelBytes } from '../engine/pipeline.js';
import { decodePostmortem } from '../parse/decode.js';
import { checkTarget, readBounded, safeWrite, UnsafeWriteError } from '../files/safe-write.js';
import { findTemplate, TEMPLATE_FILE_NAME } from '../scaffold/template-source.js';
import { applyEditsToBytes } from '../text/edits.js';
import { computeFixes } from './fixes.js';

/** The fixed bytes of one file and how many fixes went in (0: the bytes are returned as they were). */
export function fixBytes(
  path: string,
  bytes: Uint8Array,
  config: ResolvedConfig,
  template: string,
): { bytes: Uint8Array; fixes: number } {
  const modelled = modelBytes(path, bytes, config);
  const decoded = decodePostmortem(bytes);
  // A file that cannot be modelled is reported by the lint that follows, and left as it is.
  if (!modelled.ok || !decoded.ok) return { bytes, fixes: 0 };
  const edits = computeFixes({ model: modelled.model, text: decoded.text, config, template });
  return edits.length === 0
    ? { bytes, fixes: 0 }
    : { bytes: applyEditsToBytes(bytes, edits), fixes: edits.length };
}

/** Why `--fix` left one file as it was, for the CLI to print (to standard error). */
export type FixWarning = (message: string) => void;

function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/**
 * `--fix`: applies the mechanical fixes to each file, before the lint reports what is left.
 * Missing sections come from the TEMPLATE.md beside the file, else the built-in template. Each
 * file is read with the size limit and rewritten atomically (`safeWrite`: a temporary file renamed
 * over it); a file that is a symbolic link, not a regular file, or outside the configuration's
 * root (`config.baseDir`) is not touched, and `onWarning` is told why, naming it. Returns the
 * number of files changed.
 */
export async function fixFiles(
  paths: readonly string[],
  config: ResolvedConfig,
  onWarning: FixWarning = (message) => process.stderr.write(`postmortem-lint: ${message}\n`),
): Promise<number> {
  const templates = new Map<string, string | null>();
  let changed = 0;
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      // Refused before reading: a link or a file outside the root is never rewritten.
      await checkTarget(path, config.baseDir);
      const read = await readBounded(path, config.maxFileSize, true);
      // Over the limit: never read into memory; the lint that follows reports it (invalid-file).
      if ('size' in read) continue;
      bytes = read.bytes;
    } catch (error) {
      if (error instanceof UnsafeWriteError) onWarning(`${error.message}: not fixed.`);
      continue; // The lint that follows reports the unreadable file (invalid-file).
    }
    const dir = dirname(path);
    let template = templates.get(dir);
    if (template === undefined) {
      try {
        const source = await findTemplate(dir, config.maxFileSize);
        if (source.warning !== undefined) onWarning(source.warning);
        template = source.text;
      } catch (error) {
        onWarning(
          `${join(dir, TEMPLATE_FILE_NAME)}: ${reasonOf(error)}: the files beside it not fixed.`,
        );
        template = null;
      }
      templates.set(dir, template);
    }
    if (template === null) continue;
    const fixed = fixBytes(path, bytes, config, template);
    if (fixed.fixes === 0) continue;
    try {
      await safeWrite(path, fixed.bytes, { root: config.baseDir });
    } catch (error) {
      onWarning(
        error instanceof UnsafeWriteError
          ? `${error.message}: not fixed.`
          : `${path}: could not be written (${reasonOf(error)}): left as it was.`,
      );
      continue;
    }
    changed++;
  }
  return changed;
}
