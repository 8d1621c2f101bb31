import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILTIN_TEMPLATE } from './builtin-template.js';
import { decodePostmortem } from '../parse/decode.js';

export const TEMPLATE_FILE_NAME = 'TEMPLATE.md';

export interface TemplateSource {
  /** LF line endings, no BOM: the text the parser sees. */
  text: string;
  /** The file it came from, or null for the built-in template. */
  path: string | null;
}

/** The repository's `TEMPLATE.md` in `dir` when there is one, else the built-in template. */
export async function findTemplate(dir: string): Promise<TemplateSource> {
  const path = join(dir, TEMPLATE_FILE_NAME);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { text: BUILTIN_TEMPLATE, path: null };
  }
  const decoded = decodePostmortem(bytes);
  if (!decoded.ok) throw new Error(`${path}: ${decoded.problem.message}`);
  return { text: decoded.text, path };
}
