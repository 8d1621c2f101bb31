import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { type EditorLintOptions } from '../app/editor-lint.js';
/** Options of `postmortem-lint/remark` (in `.remarkrc`: `[["postmortem-lint/remark", {…}]]`). */
export type RemarkPostmortemLintOptions = EditorLintOptions;
/**
 * remark plugin: the per-file rules of postmortem-lint as vfile messages, so remark-cli and the
 * editor extension (vscode-remark) show them while you type. Same engine as the CLI (same ids,
 * lines, columns); rules across incidents need the whole folder and stay with the CLI.
 *
 * A message that a fix resolves carries it as `expected` (the text that replaces its range), which
 * unified-language-server offers as a quick fix: the `--fix` fixes and the blameless-language
 * rewordings that fit in place. A `--fix` fix that no finding reports (`sev1` → `SEV-1`, where a
 * missing section goes) is an info message (`fatal` unset) at the text it changes.
 */
export default function remarkPostmortemLint(options?: RemarkPostmortemLintOptions): (_tree: Root, file: VFile) => Promise<void>;
