import type { ResolvedConfig } from '../config/types.js';
import type { CorpusIndex } from '../corpus/corpus-index.js';
import { githubHosts } from '../model/tracker-links.js';
import { statusReader } from '../practice/action-item-status.js';
import type { TrendReport } from '../trends/report.js';
import { plural } from '../text/wording.js';
import {
  itemKey,
  linkedIssues,
  reconciledEntries,
  trackerStateOf,
  type TrackerView,
} from './reminders.js';
import { lookUpIssues, RULE_ID, type TrackerClientOptions } from './tracker.js';
import { reportFromIndex, reportSettings, type ReportRequest } from '../trends/run.js';

/**
 * The trend report of a corpus index, with the settings this configuration gives (the follow-up
 * window, what "done" means, the pattern thresholds): the CLI's `report` and the Action's report
 * mode both call this. Several indexes (one per repository) give one organisation report.
 */
export function buildTrendReport(
  index: CorpusIndex | readonly CorpusIndex[],
  config: ResolvedConfig,
  request: ReportRequest,
): TrendReport {
  return reportFromIndex(index, reportSettings(config), request);
}

type Indexes = CorpusIndex | readonly CorpusIndex[];

const listOf = (index: Indexes): readonly CorpusIndex[] =>
  Array.isArray(index) ? (index as readonly CorpusIndex[]) : [index as CorpusIndex];

/**
 * The repository a bare `#123` of an index's postmortems belongs to: the one it records, when that
 * is an `owner/name` (an index made outside a checkout records its folder's name), else `fallback`.
 */
function bareRepository(
  recorded: string | null | undefined,
  fallback: string | null,
): string | null {
  return recorded && /^[^/\s]+\/[^/\s]+$/.test(recorded) ? recorded.toLowerCase() : fallback;
}

function viewOf(tracker: TrackerView, recorded: string | null | undefined): TrackerView {
  return { ...tracker, repository: bareRepository(recorded, tracker.repository) };
}

/** Where an item is, across indexes: the same path may be in two repositories. */
const placeOf = (repository: string | null | undefined, key: string): string =>
  `${repository ?? ''}\0${key}`;

/**
 * The trend report with the tracker's state where it is known (see `reconciledEntries`): every
 * count and list follows the tracker, overdue items keep their status as written and carry the
 * tracker's state (`tracker`) where it differs, and `notes` gives both states (`path:line` →
 * `Done here · #2 open on GitHub`) of the items it changed. A bare `#123` belongs to the
 * repository its index records, else to `tracker.repository`.
 */
export function buildTrackedTrendReport(
  index: Indexes,
  config: ResolvedConfig,
  request: ReportRequest,
  tracker: TrackerView | null,
): { report: TrendReport; notes: Map<string, string> } {
  const settings = reportSettings(config);
  const notes = new Map<string, string>();
  const written = new Map<string, string | null>();
  const reconciled = listOf(index).map((one) => {
    const view = tracker && viewOf(tracker, one.repository);
    const { entries, changed } = reconciledEntries(one.entries, settings.statuses, view);
    for (const [key, change] of changed) {
      notes.set(key, change.note);
      written.set(placeOf(one.repository, key), change.status);
    }
    return { ...one, entries };
  });
  const report = reportFromIndex(
    Array.isArray(index) ? reconciled : reconciled[0],
    settings,
    request,
  );
  if (tracker === null) return { report, notes };
  const statuses = statusReader(settings.statuses);
  return {
    report: {
      ...report,
      overdueActionItems: report.overdueActionItems.map((item) => {
        const place = placeOf(item.repository, itemKey(item.path, item.line));
        const status = written.has(place) ? (written.get(place) ?? null) : item.status;
        const state = trackerStateOf(
          { ...item, status },
          statuses,
          viewOf(tracker, item.repository),
        );
        return { ...item, status, ...(state === null ? {} : { tracker: state }) };
      }),
    },
    notes,
  };
}

/**
 * The report as Markdown shows it: an overdue item the tracker changed names both states beside
 * its id (kept before the action text, which the table may shorten).
 */
export function withTrackerNotes(
  report: TrendReport,
  notes: ReadonlyMap<string, string>,
): TrendReport {
  if (notes.size === 0) return report;
  return {
    ...report,
    overdueActionItems: report.overdueActionItems.map((item) => {
      const note = notes.get(itemKey(item.path, item.line));
      return note === undefined
        ? item
        : { ...item, id: item.id === null ? `(${note})` : `${item.id} (${note})` };
    }),
  };
}

export interface TrackerLookup {
  client: TrackerClientOptions;
  /** `owner/repo` of a bare `#123` in an index that records no repository; null: unknown. */
  repository: string | null;
  /** GITHUB_SERVER_URL: its host's issue URLs are GitHub's too. */
  serverUrl?: string;
}

/**
 * What GitHub says of the issues the indexes' action items link to, for `buildTrackedTrendReport`
 * and the reminders; null when none links to one, or the configuration turns
 * `action-item-tracking` off (no request then). Notices say what was not looked up; what GitHub
 * answers never throws.
 */
export async function lookUpTracker(
  index: Indexes,
  config: ResolvedConfig,
  lookup: TrackerLookup,
): Promise<{ tracker: TrackerView | null; notices: string[] }> {
  if (config.rules.find((rule) => rule.id === RULE_ID)?.severity === 'off')
    return { tracker: null, notices: [] };
  const links = { githubHosts: githubHosts(lookup.serverUrl) };
  const repository = lookup.repository?.toLowerCase() ?? null;
  const keys = new Set<string>();
  let bare = 0;
  for (const one of listOf(index)) {
    const linked = linkedIssues(one.entries, links, bareRepository(one.repository, repository));
    for (const key of linked.keys) keys.add(key);
    bare += linked.bare;
  }
  const notices: string[] = [];
  if (bare > 0)
    notices.push(
      `${plural(bare, 'action item')} link to a bare #number, but the repository is unknown (set GITHUB_REPOSITORY=owner/repo, or the CLI's --repository): not checked.`,
    );
  if (keys.size === 0) return { tracker: null, notices };
  const found = await lookUpIssues([...keys], { ownRepository: repository, ...lookup.client });
  return {
    tracker: { issues: found.issues, repository, links },
    notices: [...found.notices, ...notices],
  };
}
