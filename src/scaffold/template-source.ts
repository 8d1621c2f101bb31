import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILTIN_TEMPLATE } from './builtin-template.js';

export const TEMPLATE_FILE_NAME = 'TEMPLATE.md';

export interface TemplateSource {
  text: string;
  /** The file it came from, or null for the built-in template. */
  path: string | null;
}

/** The repository's `TEMPLATE.md` in `dir` when there is one, else the built-in template. */
export async function findTemplate(dir: string): Promise<TemplateSource> {
  const path = join(dir, TEMPLATE_FILE_NAME);
  try {
    return { text: await readFile(path, 'utf8'), path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { text: BUILTIN_TEMPLATE, path: null };
  }
}
