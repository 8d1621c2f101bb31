import { join } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE } from '../config/types.js';
import { readBounded, UnsafeWriteError } from '../files/safe-write.js';
import { BUILTIN_TEMPLATE } from './builtin-template.js';
import { decodePostmortem } from '../parse/decode.js';

export const TEMPLATE_FILE_NAME = 'TEMPLATE.md';

export interface TemplateSource {
  /** LF line endings, no BOM: the text the parser sees. */
  text: string;
  /** The file it came from, or null for the built-in template. */
  path: string | null;
  /**
   * Why the folder's `TEMPLATE.md` was not used (it is over the size limit, or not a regular
   * file), when the built-in template stands in for it.
   */
  warning?: string;
}

/**
 * The repository's `TEMPLATE.md` in `dir` when there is one, else the built-in template. The file
 * is read with the size limit (`maxFileSize`): one over it is never read into memory, and the
 * built-in template is used instead, with a warning.
 */
export async function findTemplate(
  dir: string,
  maxFileSize: number = DEFAULT_MAX_FILE_SIZE,
): Promise<TemplateSource> {
  const path = join(dir, TEMPLATE_FILE_NAME);
  let read;
  try {
    read = await readBounded(path, maxFileSize);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { text: BUILTIN_TEMPLATE, path: null };
    if (error instanceof UnsafeWriteError)
      return {
        text: BUILTIN_TEMPLATE,
        path: null,
        warning: `${path} is not a regular file: the built-in template is used instead.`,
      };
    throw error;
  }
  if ('size' in read)
    return {
      text: BUILTIN_TEMPLATE,
      path: null,
      warning: `${path} is ${read.size} bytes, over the ${maxFileSize}-byte limit (maxFileSize): not read, the built-in template is used instead.`,
    };
  const decoded = decodePostmortem(read.bytes);
  if (!decoded.ok) throw new Error(`${path}: ${decoded.problem.message}`);
  return { text: decoded.text, path };
}
