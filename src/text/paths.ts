import { isAbsolute, relative, sep } from 'node:path';

/** A path with `/` separators, as glob patterns are written. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Relative to `cwd` when inside it, absolute otherwise (how the user should see a path). */
export function displayPath(absolutePath: string, cwd: string): string {
  const shown = relative(cwd, absolutePath);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? absolutePath : shown;
}
