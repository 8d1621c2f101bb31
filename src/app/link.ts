import type { ResolvedConfig } from '../config/types.js';
import { practiceOptions } from '../config/resolve.js';
import { buildIndexEntry } from '../corpus/index-entry.js';
import { modelBytes, readPostmortem } from '../engine/pipeline.js';
import { safeWrite, UnsafeWriteError } from '../files/safe-write.js';
import { githubHosts } from '../model/tracker-links.js';
import { statusReader } from '../practice/action-item-status.js';
import { applyEditsToBytes, type TextEdit } from '../text/edits.js';
import { ACTION_ITEM_LABEL, keyText, readMarker, untrackedItems } from './action-item-issues.js';
import { markedIssues, type TrackerClientOptions } from './tracker.js';

/**
 * `postmortem-lint link`: writes the references of the issues `create-issues` opened back into
 * the postmortems, as an edit of each item's action text (` (#123)` at its end), with the same
 * safe, byte-preserving writes as `--fix`. Only issues the token's identity (or a bot) wrote are
 * trusted; an item already linked, or done, is left alone.
 */

export interface LinkRequest {
  /** Absolute paths. */
  files: readonly string[];
  config: ResolvedConfig;
  /** The repository the issues are in (`owner/repo`). */
  repository: string;
  client: TrackerClientOptions;
  /** How each file's path is shown, and stands in for a missing incident id (as in the Action). */
  pathOf: (path: string) => string;
  serverUrl?: string;
  /** Compute the edits but write nothing. */
  dryRun?: boolean;
}

export interface LinkOutcome {
  /** `postmortems/a.md: AI-5 → #123`, one per reference written. */
  linked: string[];
  notices: string[];
  filesChanged: number;
}

export async function linkIssues(request: LinkRequest): Promise<LinkOutcome> {
  const outcome: LinkOutcome = { linked: [], notices: [], filesChanged: 0 };
  const found = await markedIssues(
    request.repository,
    ACTION_ITEM_LABEL,
    (body) => readMarker(body) !== null,
    request.client,
  );
  outcome.notices.push(...found.notices);
  const numbers = new Map<string, number>();
  for (const issue of found.issues) {
    const key = readMarker(issue.body);
    if (key !== null && !numbers.has(keyText(key))) numbers.set(keyText(key), issue.number);
  }
  if (numbers.size === 0) return outcome;
  const statuses = statusReader(practiceOptions(request.config).statuses);
  const links = { githubHosts: githubHosts(request.serverUrl) };
  for (const path of request.files) {
    const bytes = readPostmortem(path, request.config);
    if (!(bytes instanceof Uint8Array)) continue;
    const modelled = modelBytes(path, bytes, request.config);
    if (!modelled.ok) continue;
    const model = modelled.model;
    const entry = { ...buildIndexEntry(model), path: request.pathOf(path) };
    const byLine = new Map(
      (model.actionItems?.items ?? []).map((item) => [item.span.start.line, item]),
    );
    const edits: TextEdit[] = [];
    for (const untracked of untrackedItems([entry], statuses, links)) {
      const number = numbers.get(keyText(untracked.key));
      const cell = byLine.get(untracked.item.line)?.action;
      if (number === undefined || !cell) continue;
      edits.push({ start: cell.span.end.offset, end: cell.span.end.offset, text: ` (#${number})` });
      outcome.linked.push(
        `${entry.path}: ${untracked.item.id ?? `line ${untracked.item.line}`} → #${number}`,
      );
    }
    if (edits.length === 0 || request.dryRun) continue;
    try {
      await safeWrite(path, applyEditsToBytes(bytes, edits), { root: request.config.baseDir });
      outcome.filesChanged++;
    } catch (error) {
      const reason =
        error instanceof UnsafeWriteError
          ? error.message
          : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
      outcome.notices.push(`${entry.path} was not written (${reason}).`);
    }
  }
  return outcome;
}
