import { readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { modelBytes } from '../engine/pipeline.js';
import { decodePostmortem } from '../parse/decode.js';
import { findTemplate } from '../scaffold/template-source.js';
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

/**
 * `--fix`: applies the mechanical fixes to each file in place, before the lint reports what is
 * left. Missing sections come from the TEMPLATE.md beside the file, else the built-in template.
 * Returns the number of files changed.
 */
export async function fixFiles(paths: readonly string[], config: ResolvedConfig): Promise<number> {
  const templates = new Map<string, string>();
  let changed = 0;
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch {
      continue; // The lint that follows reports the unreadable file (invalid-file).
    }
    if (bytes.length > config.maxFileSize) continue;
    const dir = dirname(path);
    let template = templates.get(dir);
    if (template === undefined) {
      template = (await findTemplate(dir)).text;
      templates.set(dir, template);
    }
    const fixed = fixBytes(path, bytes, config, template);
    if (fixed.fixes === 0) continue;
    await writeFile(path, fixed.bytes);
    changed++;
  }
  return changed;
}
