import { writtenByToken, type Octokit } from './api.js';
import type { RunContext } from './context.js';
import {
  FINDINGS_HEADER,
  findingRows,
  headline,
  rowsWithin,
  type CheckedRun,
} from './findings-markdown.js';
import { link, table } from '../text/markdown-escape.js';
import { plural } from '../text/wording.js';

/** Hidden marker that finds our comment again on the next run (the body is ours; users never see it). */
export const COMMENT_MARKER = '<!-- postmortem-lint:comment -->';

/** GitHub refuses comment bodies over 65,536 characters; keep room for the heading and footer. */
export const COMMENT_BUDGET_CHARS = 60_000;
/** Findings listed in the comment; a pull request conversation is no place for hundreds of rows. */
export const COMMENT_MAX_FINDINGS = 50;

/** The sticky comment's body: counts and the findings table, or a short "all pass". */
export function buildCommentBody(
  context: RunContext,
  checked: CheckedRun,
  budgetChars = COMMENT_BUDGET_CHARS,
): string {
  const parts = [COMMENT_MARKER, `### postmortem-lint: ${headline(checked)}`];
  const summaryLink =
    context.runUrl === null ? 'the job summary' : link('job summary', context.runUrl);
  const rows = findingRows(context, checked.run);
  if (rows.length > 0) {
    const used = parts.join('\n\n').length;
    const fitted = rowsWithin(
      rows.slice(0, COMMENT_MAX_FINDINGS),
      budgetChars - used,
      (text) => text.length,
    );
    parts.push(table(FINDINGS_HEADER, fitted.kept));
    const omitted = rows.length - fitted.kept.length;
    if (omitted > 0) parts.push(`${plural(omitted, 'more finding')} in ${summaryLink}.`);
  }
  const commit = context.sha === '' ? '' : ` at ${context.sha.slice(0, 7)}`;
  parts.push(
    `<sub>Checked${commit} with fail-on: ${checked.failOn}. Details: ${summaryLink}.</sub>`,
  );
  return `${parts.join('\n\n')}\n`;
}

interface IssueComment {
  id: number;
  body?: string | null;
  user: { login: string; type: string } | null;
}

/**
 * Our earlier comment on the pull request: it carries the marker and was written by the token's
 * identity (writtenByToken: a bot, or the token's own login), so that a human's comment is never
 * taken over. Of several (two runs that raced), the oldest.
 */
export async function findStickyComment(
  octokit: Octokit,
  context: RunContext,
  issueNumber: number,
): Promise<IssueComment | null> {
  const comments: IssueComment[] = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: context.owner,
    repo: context.repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  const marked = comments.filter((comment) => comment.body?.includes(COMMENT_MARKER));
  const ours = await writtenByToken(octokit, marked);
  return ours.sort((a, b) => a.id - b.id)[0] ?? null;
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'not-needed';

/**
 * Creates or updates the one sticky comment. A pull request that never had findings gets no
 * comment at all; one that had them keeps its comment, updated to "all pass" once fixed.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  context: RunContext,
  issueNumber: number,
  checked: CheckedRun,
): Promise<CommentOutcome> {
  const body = buildCommentBody(context, checked);
  const update = async (existing: IssueComment): Promise<CommentOutcome> => {
    if (existing.body === body) return 'unchanged';
    await octokit.rest.issues.updateComment({
      owner: context.owner,
      repo: context.repo,
      comment_id: existing.id,
      body,
    });
    return 'updated';
  };
  const existing = await findStickyComment(octokit, context, issueNumber);
  if (existing) return update(existing);
  if (checked.run.errorCount + checked.run.warningCount === 0) return 'not-needed';
  const created = await octokit.rest.issues.createComment({
    owner: context.owner,
    repo: context.repo,
    issue_number: issueNumber,
    body,
  });
  // Two runs for the same pull request (two quick pushes) may both have found no comment and
  // both created one. Looking again right after creating settles it: the oldest comment stays,
  // and the run whose comment is newer deletes its own and updates the oldest instead.
  const oldest = await findStickyComment(octokit, context, issueNumber);
  if (oldest === null || oldest.id >= created.data.id) return 'created';
  await octokit.rest.issues.deleteComment({
    owner: context.owner,
    repo: context.repo,
    comment_id: created.data.id,
  });
  return update(oldest);
}
