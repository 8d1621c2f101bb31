import { lintFiles, type LintFilesOptions } from '../engine/lint-files.js';
import type { LintRun } from '../engine/types.js';
import { fixFiles } from '../fix/fix-files.js';

export interface LintRequest extends LintFilesOptions {
  /** Apply the mechanical fixes to `files` first (`--fix`), then lint what is left. */
  fix?: boolean;
  /** Told about each file `--fix` refused to write (a symlink, outside the root, unwritable). */
  onWarning?: (message: string) => void;
}

/**
 * Lints postmortems with their corpus context: `files` are reported, `contextFiles` are only
 * indexed (mostly from their headers, no rule runs on them) so that cross-incident rules see the
 * whole repository. The CLI's `lint` and the Action's lint mode both call this.
 */
export async function lintPostmortems(request: LintRequest): Promise<LintRun> {
  const { fix, onWarning, ...options } = request;
  if (fix === true) await fixFiles(options.files, options.config, onWarning);
  return lintFiles(options);
}
