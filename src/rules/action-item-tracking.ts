import type { ActionItem, Span } from '../model/types.js';
import { defineRule, type FileRuleContext } from './types.js';
import { excerpt } from './helpers/model.js';
import {
  DEFAULT_ACTION_ITEM_STATUS_OPTIONS,
  statusReader,
  type ActionItemStatusOptions,
} from '../practice/action-item-status.js';
import {
  DEFAULT_GITHUB_HOSTS,
  issueKey,
  trackedBy,
  trackerLinks,
  type GitHubLink,
  type TrackerLink,
} from '../model/tracker-links.js';
import type { TrackedIssue } from '../practice/tracked-issue.js';

export type ActionItemTrackingOptions = ActionItemStatusOptions & {
  /** Whether the run looked the links up (it does when it has a GitHub token); false: nothing is checked. */
  lookedUp: boolean;
  /** `owner/repo` that a bare `#123` belongs to (the run's repository). */
  repository: string;
  /** Hosts whose issue URLs are GitHub's (github.com and the run's GITHUB_SERVER_URL host). */
  githubHosts: string[];
  /** What the tracker said of each linked issue, by `owner/repo#number` (filled in by the run). */
  issues: Record<string, TrackedIssue>;
};

/** `AI-3`, else the action's first words, else the line: how the item is named in messages. */
function itemName(item: ActionItem): string {
  if (item.id && item.id.text !== '') return excerpt(item.id.text, 40);
  if (item.action && item.action.text !== '') return `"${excerpt(item.action.text, 50)}"`;
  return `The action item on line ${item.span.start.line}`;
}

function linkSpan(item: ActionItem, link: TrackerLink): Span {
  return (link.field === 'id' ? item.id?.span : item.action?.span) ?? item.span;
}

/** `#57` when the issue is in the run's repository, `acme/api#57` otherwise. */
function shownKey(link: GitHubLink, key: string, repository: string): string {
  return link.owner === null || key.startsWith(`${repository.toLowerCase()}#`)
    ? `#${link.number}`
    : key;
}

function closedOn(issue: TrackedIssue): string {
  return issue.closedAt ? ` on ${issue.closedAt.slice(0, 10)}` : '';
}

function checkItem(
  item: ActionItem,
  context: FileRuleContext<ActionItemTrackingOptions>,
  readState: (status: string | null) => 'done' | 'open' | 'unknown',
): void {
  const { options } = context;
  const links = trackerLinks(
    { id: item.id?.text ?? null, action: item.action?.text ?? null },
    { githubHosts: options.githubHosts.map((host) => host.toLowerCase()) },
  );
  const name = itemName(item);
  for (const link of links) {
    if (link.kind !== 'malformed') continue;
    context.report({
      message: `${name}: "${excerpt(link.text, 60)}" is not a tracker link (${link.reason}).`,
      suggestion: 'Write #123, owner/repo#123 or the issue URL.',
      span: linkSpan(item, link),
      severity: 'warning',
    });
  }
  const tracked = trackedBy(links);
  if (tracked === null) return;
  const span = linkSpan(item, tracked);
  if (tracked.kind === 'external') {
    if (tracked.system === 'other')
      context.report({
        message: `${name} links to ${excerpt(tracked.text, 80)}, on a host that is not this run's GitHub server: not looked up.`,
        suggestion: 'On GitHub Enterprise, run with GITHUB_SERVER_URL set to its address.',
        span,
        severity: 'warning',
      });
    return;
  }
  const key = issueKey(tracked, options.repository || null);
  const issue = key === null ? undefined : options.issues[key];
  if (key === null || issue === undefined) return; // Not looked up (no repository, or the API gave up).
  const shown = shownKey(tracked, key, options.repository);
  // An item whose id is the link (`#57`) is named by it already: "the issue" then, not "#57" twice.
  const ref = tracked.field === 'id' ? 'the issue' : shown;
  const linksTo = tracked.field === 'id' ? `${name} is` : `${name} links to ${shown}, which is`;
  const status = item.status?.text ?? null;
  const state = readState(status);
  if (issue.state === 'missing' || issue.state === 'inaccessible') {
    const repository = key.slice(0, key.indexOf('#'));
    context.report({
      message:
        issue.state === 'missing'
          ? `${linksTo} no issue or pull request of ${repository} (HTTP 404).`
          : `${linksTo} in ${repository}: a repository this token cannot read (HTTP 403).`,
      span,
      severity: 'warning',
    });
    return;
  }
  const written = status === null || status === '' ? 'without a status' : excerpt(status, 30);
  if (issue.state === 'open' && state === 'done') {
    context.report({
      message: `${name} is ${written} here, but ${ref} is still open.`,
      suggestion: `Close ${shown}, or set the status back to what the work is.`,
      span: item.status?.span ?? span,
    });
    return;
  }
  if (issue.state === 'closed' && state !== 'done') {
    const notPlanned = issue.reason === 'not_planned';
    context.report({
      message: notPlanned
        ? `${name} is ${written} here, but ${ref} was closed as not planned${closedOn(issue)}: mark it Won't Do, with the reason.`
        : `${name} is ${written} here, but ${ref} was closed as completed${closedOn(issue)}: mark it Done.`,
      span: item.status?.span ?? span,
      severity: 'warning',
    });
  }
}

export const actionItemTracking = defineRule<ActionItemTrackingOptions>({
  scope: 'file',
  meta: {
    id: 'action-item-tracking',
    description:
      "Reconciles each action item's status with the GitHub issue or pull request it links to (on only when a GitHub token is available).",
    defaultSeverity: 'error',
    severityNote:
      'checks nothing unless the CLI or the Action has a GitHub token; drift towards "not done", unreadable and malformed links are warnings',
    tags: ['action-items', 'tracking'],
    // Every option is filled in by the run (`readOnly`: JSON Schema's "managed by the owning
    // authority"): a value written in a configuration would be overwritten, so it is refused there.
    optionsSchema: {
      type: 'object',
      properties: {
        lookedUp: {
          type: 'boolean',
          readOnly: true,
          description:
            'Set by the run: true when it has a GitHub token and looked the links up; false: the rule checks nothing.',
        },
        statuses: {
          type: 'array',
          items: { type: 'string' },
          readOnly: true,
          description:
            "Set by the run: the accepted statuses, copied from the action-items rule's (configure them there).",
        },
        doneStatuses: {
          type: 'array',
          items: { type: 'string' },
          readOnly: true,
          description:
            "Set by the run: the statuses that close an item, copied from the action-items rule's.",
        },
        statusSynonyms: {
          type: 'object',
          additionalProperties: { type: 'string' },
          readOnly: true,
          description:
            "Set by the run: other spellings of statuses, copied from the action-items rule's.",
        },
        repository: {
          type: 'string',
          readOnly: true,
          description:
            "Set by the run: the `owner/repo` a bare `#123` belongs to (GITHUB_REPOSITORY, the origin remote, or the Action's repository).",
        },
        githubHosts: {
          type: 'array',
          items: { type: 'string' },
          readOnly: true,
          description:
            "Set by the run: the hosts whose issue URLs are GitHub's (github.com and GITHUB_SERVER_URL's).",
        },
        issues: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            properties: {
              state: { enum: ['open', 'closed', 'missing', 'inaccessible'] },
              reason: { type: ['string', 'null'] },
              closedAt: { type: ['string', 'null'] },
            },
            required: ['state'],
          },
          readOnly: true,
          description:
            'Set by the run: what GitHub said of each linked issue, by `owner/repo#number`.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {
      lookedUp: false,
      ...DEFAULT_ACTION_ITEM_STATUS_OPTIONS,
      repository: '',
      githubHosts: [...DEFAULT_GITHUB_HOSTS],
      issues: {},
    },
  },
  check(context) {
    const section = context.model.actionItems;
    if (section === null || !context.options.lookedUp) return;
    const reader = statusReader(context.options);
    for (const item of section.items) checkItem(item, context, (status) => reader.state(status));
  },
});
