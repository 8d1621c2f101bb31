import type {
  Code,
  Heading,
  List,
  ListItem,
  Paragraph,
  RootContent,
  Strong,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import type {
  Located,
  Span,
  Timeline,
  TimelineEntry,
  TimelineMarker,
  Timestamp,
} from '../types.js';
import type { ExtractContext } from './context.js';
import { nodeText } from './context.js';
import { spanOf, type PointAt } from '../../parse/positions.js';
import { findSectionIndex, SECTION_NAMES } from '../sections.js';
import { addDays, findDate, findYear } from '../dates.js';
import {
  dayFirstIn,
  findUnknownZoneStatement,
  findZoneStatement,
  findZoneToken,
  instantMs,
  isUsZone,
  readLeadingStamp,
  readMidSentenceStamp,
  readRoughTime,
  type FoundZone,
  type StampRead,
} from '../timestamps.js';
import type { DateReading } from '../dates.js';
import { allMatches } from '../../text/matches.js';
import { isDurationNote } from '../durations.js';

/** A roll-over to the next day is assumed when a time goes back by more than this. */
const ROLL_OVER_SECONDS = 12 * 3600;

/** An offset from the first timestamp: `[+1 hrs]`, `+6.5 hours`, `+30 min`. */
const RELATIVE_TIME =
  /^\s*\[?\s*\+\s*(\d{1,4}(?:\.\d{1,2})?)\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m)\b\]?/i;

/** Words before a time of day in the middle of a sentence ("until 16:27", "at 03:26 UTC"). */
const MID_SENTENCE_TIME = /\b(?:at|until|by|around)\s+(?=\d{1,2}:\d{2})/gi;

/** Markers written out as labels (`INCIDENT START`, `OUTAGE ENDS`): case-sensitive capitals. */
const EXPLICIT_MARKERS: Record<TimelineMarker, RegExp> = {
  start:
    /\b(?:INCIDENT|OUTAGE|IMPACT|ISSUE)\s+(?:STARTS?|STARTED|BEGINS?|BEGAN)\b|\bSTART OF (?:THE )?(?:INCIDENT|OUTAGE|IMPACT)\b/,
  detected: /\b(?:INCIDENT\s+|ISSUE\s+)?DETECTED\b/,
  mitigated: /\bMITIGATED\b|\bMITIGATION\s+(?:APPLIED|COMPLETE)\b/,
  resolved:
    /\b(?:INCIDENT|OUTAGE|IMPACT|ISSUE)\s+(?:RESOLVED|ENDS?|ENDED|CLOSED|OVER)\b|\bEND OF (?:THE )?(?:INCIDENT|OUTAGE|IMPACT)\b|\bRESOLVED\b/,
};

/** "the outage … beginning from UTC 05:13", "impact started at 5:00 PM": the start, with its time. */
const STATED_START =
  /\b(?:incident|outage|impact|issue|disruption|downtime|degradation|errors?|problems?)\b(?:(?!\b(?:call|channel|bridge|meeting|huddle|investigation|review)\b)[^.;,]){0,60}?\b(?:beginning|began|begins|starting|started|starts)\s+(?:from|at|around)\s+(?:(?:UTC|GMT)\s+)?/gi;

/** What a symptom's own words are: "errors are back", "latency went down" is no start or end. */
const SYMPTOM =
  '(?:errors?|issues?|problems?|alerts?|symptoms?|failures?|bugs?|outages?|latency|load|usage|traffic|rates?|cpu|memory|pressure)';

/** What goes down or comes back: "the API server went down", "the homeserver is up". */
const SERVICE =
  '(?:service|site|website|hub|api|[a-z]*server|cluster|app|application|system|database|db|node|endpoint|platform|queue|portal|backend|frontend|gateway|proxy|network|chain)s?';

/** The machines a system runs on: "all nodes get killed", "we have no nodes". */
const MACHINES = '(?:nodes?|servers?|hosts?|instances?|replicas?|workers?|pods?|vms?|machines?)';

/** A character of one clause: a dot only inside a word or number ("hub.docker.com", "1,496.65"). */
const CLAUSE_CHAR = String.raw`(?:[^.;\n]|\.(?=\w))`;

/** What a system starts doing when it fails: "begins experiencing", "began degrading". */
const FAILING =
  '(?:experiencing|degrading|failing(?!\\s+over)|erroring|timing out|dropping|rejecting|refusing|throttling|crashing|stalling|lagging|saturating|returning errors)';

/**
 * Phrases that mark an entry when no entry of the timeline carries the explicit label. Global, so
 * every occurrence is tried against {@link NOT_STATED}.
 */
const KEYWORD_MARKERS: Record<TimelineMarker, RegExp> = {
  // "problem starts", "first alert", "updates start failing", "the chain halts", "the API server
  // became unavailable", "stopped responding", "outage … beginning from 05:13".
  start: new RegExp(
    [
      String.raw`\b(?:incidents?|outages?|impact|issues?|degradation|disruptions?|downtime|problems?|errors?|failures?)\s+(?:begins?|began|beginning|starts?|started)\b`,
      // "a network outage occurred", "the expected issue surfaced on mainnet".
      String.raw`\b(?:incidents?|outages?|issues?|disruptions?|degradation|downtime|problems?|failures?)\s+(?:first\s+)?(?:occurred|occurs|surfaced|surfaces|emerged|emerges|appear(?:s|ed)(?!\s+to\b))\b`,
      // "…, causing the chain to halt", "which caused the API to go down".
      String.raw`\b(?:causing|caused)\s+(?:the\s+|all\s+|our\s+)?(?:[\w.-]+\s+){0,2}?${SERVICE}\s+to\s+(?:halt|stall|crash|fail|go\s+down|become\s+unavailable|stop)\b`,
      // "the uptime monitor shows a sharp drop in availability".
      String.raw`\b(?:drop|dip|decline|fall)s?\s+in\s+(?:availability|uptime|success\s+rates?)\b`,
      String.raw`\bstart of (?:the |an? )?(?:[\w.-]+ ){0,3}?(?:incident|outage|impact|disruption|downtime)\b`,
      String.raw`\bfirst (?:alert|page|error|report)s?\b`,
      String.raw`\bstart(?:s|ed)? (?:to fail|failing(?! over)|erroring|timing out|returning errors)\b`,
      String.raw`\bstop(?:s|ped) (?:working|responding|serving|accepting|processing|loading|consuming|delivering|syncing|running)\b`,
      String.raw`\b${SERVICE} (?:halts|halted|stalls|stalled|goes down|went down|crashed|crashes)\b`,
      String.raw`(?<!\b${SYMPTOM}\s)\b(?:became|becomes|become|went|goes)\s+(?:completely\s+|fully\s+|partially\s+|totally\s+)?(?:unavailable|unreachable|unresponsive|inaccessible|offline)\b`,
      String.raw`\binitial symptoms\b`,
      // "Spam begins, immediate impact", "the strategy reports a 223,489.75 USDC loss".
      String.raw`\b(?:immediate|initial)\s+impact\b`,
      String.raw`\b(?:reports?|reported|records?|recorded|suffers?|suffered|incurs?|incurred)\s+(?:an?\s+|the\s+)?(?:[\w$€£.,-]+\s+){0,3}?loss(?:es)?\b`,
      // Onset in a system's words: "the database begins experiencing saturation", "availability
      // began degrading" (a person "begins migrating" is no onset: the verbs are failures).
      String.raw`\b(?:begins?|began|beginning|starts?|started)\s+(?:to\s+)?(?:slowly\s+|gradually\s+)?${FAILING}\b`,
      String.raw`\b(?:success|availability|uptime|throughput|capacity)\b${CLAUSE_CHAR}{0,40}?\b(?:reach(?:es|ed)?|hits?|(?:drops?|dropped|fell|falls|goes|went)\s+(?:down\s+)?to)\s+(?:zero\b|0(?:\.0+)?\s?%)`,
      String.raw`\b${SERVICE}\s+(?:is|was|were|are)\s+(?:completely\s+|fully\s+|now\s+)?down\b`,
      String.raw`\b${MACHINES}\s+(?:all\s+)?(?:gets?|got|are|were|was|is)\s+(?:all\s+)?(?:killed|terminated|deleted|destroyed|wiped)\b`,
      String.raw`\b(?:have|has|had|with)\s+no\s+(?:healthy\s+|running\s+|available\s+|working\s+)?${MACHINES}\b`,
      // Security incidents begin with the exposure or the attack.
      String.raw`\b(?:issue|bug|vulnerability|flaw|weakness)s?\s+(?:(?:was|were|is|being|first)\s+)?exploited\b`,
      String.raw`\battack(?:s|ers?)?\b${CLAUSE_CHAR}{0,80}?\b(?:drain(?:s|ed)?|stole|stolen|exfiltrat\w*)\b`,
      String.raw`\b(?:pushed|published|committed|uploaded|posted)\b${CLAUSE_CHAR}{0,80}?\bcontaining\b${CLAUSE_CHAR}{0,60}?\b(?:token|key|credential|secret|password)s?\b`,
      String.raw`\b(?:token|key|credential|secret|password)s?\b${CLAUSE_CHAR}{0,60}?\b(?:was|were|got|been)\s+(?:publicly\s+)?(?:leaked|exposed|published)\b`,
      // The problem seen for the first time, as "first alert" is: "issues with X were detected".
      String.raw`\b${SYMPTOM}${CLAUSE_CHAR}{0,60}?\b(?:are|were|was|is|first)\s+(?:first\s+)?detected\b`,
      // A failure, alone or with its cause: "the worker fails", "the listener fails due to a DNS
      // glitch", "nightly fails after a key rotation".
      String.raw`(?<!\b(?:still|again|keeps?|kept|continues? to|continued to)\s)\b(?:fails|failed|fail|crashes|crashed)(?:\s+(?:due\s+to|because|after)\b|(?=\s*(?:[.;!]|$)))`,
      STATED_START.source,
    ].join('|'),
    'gi',
  ),
  // Noticing the incident, not finding its cause: "root cause detected" is no detection.
  detected:
    /\balerts?\s+(?:fires|fired|firing|triggered|went off|received|raised|sent)\b|\b(?:triggers|triggered|fires|fired|raises|raised|sends|sent|received)\s+(?:an?\s+)?alerts?\b|\balerted\b|\bpaged\b|\bpager\b|(?<!\bcauses?\s(?:\w+\s)?)\bdetected\b|\bnotic(?:es|ed|ing)\b|\b(?:we|they|I)\s+notice\b|\b(?:incident|outage)\s+(?:was\s+|is\s+)?(?:declared|opened|raised)\b|\bdeclar(?:e|es|ed|ing)\s+(?:an?\s+)?(?:incident|outage)\b/gi,
  mitigated:
    /\bmitigated\b|\bmitigation\s+(?:applied|complete|completed|deployed|in place)\b|\brollback\s+(?:complete|completed|succeeded|finished)\b|\brolled back\b/gi,
  // "issue goes away", "back online", "service restored", "is up again", "the site is back",
  // "outage confirmed to be resolved", "the fix works", "confirmed to be functional".
  resolved: new RegExp(
    [
      String.raw`\b(?:fully|completely|service|services)\s+(?:restored|recovered|operational)\b`,
      String.raw`\b(?:issue|problem|errors?|symptoms?) (?:goes|go|went) away\b`,
      String.raw`\bback online\b`,
      String.raw`\b(?:token|key|credential|secret|password)s?\b[^.]{0,60}\b(?:revoked|destroyed|invalidated)\b`,
      String.raw`\b(?:issue|problem|bug|outage|incident|impact|disruption)s?\s+(?:(?:is|was|has been|have been|had been|are|were)\s+)?(?:now\s+)?(?:(?:confirmed|verified|declared|marked|considered|deemed)\s+(?:to\s+be\s+|as\s+)?)?(?:resolved|fixed|closed|ended|ends|over)\b`,
      String.raw`\bend of (?:the |an? )?(?:[\w.-]+ ){0,3}?(?:incident|outage|impact|disruption|downtime)\b`,
      String.raw`\b(?:restored|recovered) and (?:stable|stabili[sz]ed)\b`,
      String.raw`\bmarked (?:as )?resolved\b`,
      String.raw`\ball systems (?:green|operational|nominal|normal)\b`,
      String.raw`\b(?:back|returns?|returned) to normal\b`,
      String.raw`(?<!\b${SYMPTOM}\s)\b(?:is|are|was|were|comes?|came)\s+(?:now\s+|finally\s+|fully\s+|all\s+)?back\b(?!\s+(?:to\s+(?!normal\b)|down|off|in|at|from|on(?!line))\b)`,
      String.raw`(?<!\b${SYMPTOM}\s(?:(?:is|are|was|were)\s)?)\b(?:up|online|operational|working|available|reachable|accessible|responding|functional|healthy|serving)\s+again\b`,
      // "is up" states a state: not when the sentence goes on "…, but kubectl fails".
      String.raw`\b${SERVICE}\s+(?:is|are|was|were)\s+(?:now\s+|fully\s+|back\s+)?up\b(?!\s+(?:to|for)\b)(?![^.;]{0,80}\b(?:but|however|though|although|except|still)\b)`,
      String.raw`\bup and running\b`,
      String.raw`\b(?:working|operating|running|performing)\s+normal(?:ly)?(?:\s+again)?\b`,
      String.raw`\b(?:fix(?:es)?|updates?|upgrades?|patch(?:es)?|rollbacks?|workarounds?|restarts?|failovers?)\s+(?:(?:is|was|has been)\s+)?(?:(?:confirmed|verified)\s+(?:to\s+)?)?(?:works?|worked|working|successful|succeeded|holds|held)\b`,
      // Active voice: "the restart resolved the issue", "release deployed, resolving issue", "the
      // operator closes the incident" (an -ing form only as the outcome after a comma).
      String.raw`\b(?:resolved|fixed|cleared|ended)\s+the\s+(?:issue|problem|outage|incident|stall|errors?|disruption)\b`,
      String.raw`,\s*(?:thereby\s+)?(?:fully\s+|completely\s+)?(?:resolving|fixing|clearing|ending)\s+(?:the\s+)?(?:issue|problem|outage|incident|stall|errors?|disruption)\b`,
      // "the cause was identified and resolved", "normal service resumed".
      String.raw`\b(?:identified|found|diagnosed|mitigated|addressed)\s+and\s+(?:fully\s+)?(?:resolved|fixed)\b`,
      String.raw`\b(?:normal\s+)?(?:service|services|operations?|processing|deliver(?:y|ies)|traffic)\s+(?:(?:has|have|had)\s+)?(?:fully\s+|now\s+)?resumed\b`,
      String.raw`\bresum(?:ed|es)\s+normal(?:\s+(?:service|operations?))?\b`,
      String.raw`\b(?:service|full|complete)\s+restoration\b`,
      // "the chain was successfully restarted", "the database is successfully restored".
      String.raw`\b${SERVICE}\s+(?:(?:was|were|is|are|has been|have been)\s+)?successfully\s+(?:restarted|restored|recovered|brought\s+back)\b`,
      String.raw`\b(?:closes|closed)\s+(?:the\s+)?(?:incident|outage)\b`,
      // Normal work seen again: "once again merging", "new blocks being created again".
      String.raw`\bagain\s+(?:merging|processing|serving|accepting|flowing|producing|syncing|finalizing|responding)\b`,
      String.raw`(?<!\b${SYMPTOM}\s(?:(?:is|are|was|were|being)\s)?)\b(?:created|produced|processed|served|accepted|merged|merging|delivered|finali[sz]ed|finali[sz]ing|synced|syncing|flowing)\s+again\b`,
      String.raw`\bno\s+(?:further|more)\s+(?:action|work|remediation)\s+(?:was\s+|is\s+)?(?:required|needed|necessary)\b`,
      String.raw`\b(?:confirmed|verified)\s+(?:to\s+be\s+|as\s+)?(?:functional|working|operational|healthy|stable)\b`,
    ].join('|'),
    'gi',
  ),
};

/**
 * Words before a phrase, in its clause, that keep it from stating the event: a negation ("not
 * yet back"), a question or condition ("check whether the site is back"), a wait or a plan
 * ("awaiting feedback that the fix works", "will be back").
 */
const NOT_STATED =
  /\b(?:not|no|never|cannot|without|yet to|whether|if|why|until|unless|awaiting|waiting|wait|hop(?:e|es|ed|ing|efully)|expect(?:s|ed|ing)?|will|would|should|could|might)\b|n't\b/i;

/** How far back in its clause a phrase is checked against {@link NOT_STATED}. */
const CLAUSE_LOOKBACK = 80;

/** A resolution shown only where users are not: "the staging hub is up", "fix works in sandbox". */
const NOT_PRODUCTION = /\b(?:staging|sandbox|canary|test)\b/i;

/** True when `marker`'s phrases match in `text` with nothing in the clause unsaying it. */
function statesMarker(
  marker: TimelineMarker,
  text: string,
  patterns: Partial<Record<TimelineMarker, RegExp>> = KEYWORD_MARKERS,
): boolean {
  const pattern = patterns[marker];
  if (pattern === undefined) return false;
  for (const match of allMatches(pattern, text)) {
    const index = match.index ?? 0;
    const before = text.slice(Math.max(0, index - CLAUSE_LOOKBACK), index);
    const clause = before.slice(Math.max(...CLAUSE_ENDS.map((end) => before.lastIndexOf(end))) + 1);
    if (NOT_STATED.test(clause)) continue;
    if (marker === 'resolved' && NOT_PRODUCTION.test(clause)) continue;
    return true;
  }
  return false;
}

const CLAUSE_ENDS = ['.', ';', ',', '!', '?', ':'];

/**
 * Words that tell of a failure or of a recovery without marking when the incident began or
 * ended: "the deploy failed, and an investigation began", "stop fulfilling requests", "a release
 * with data corruption was published"; "the setting was successfully applied", "the bad version
 * was unpublished", "tokens revoked", "the release with the fix was published". A timeline with such words and no marker does have a start
 * (or an end) in prose, so it is not reported as marking none; but they do not say which entry
 * it is, so no time is taken from them.
 */
const IMPLIED_MARKERS: Partial<Record<TimelineMarker, RegExp>> = {
  start:
    /\b(?:fail(?:s|ed|ing|ures?)?(?!\s+over)|errors?|outages?|down|unavailable|undiscoverable|unreachable|inaccessible|unresponsive|broken|broke|halt(?:s|ed)?|crash(?:es|ed)?|stuck|degraded|degradation|timeouts?|timed\s+out|exhausted|exploit(?:s|ed)?|attack(?:s|ed)?|leak(?:s|ed)?|stop(?:s|ped)?\s+\w+ing|corrupt(?:s|ed|ion)?|compromised|malicious|regression|data\s+loss|dropped|deleted|went\s+missing|wrong|incorrect|invalid|(?:not|no\s+longer)\s+(?:being\s+)?(?:processed|served|delivered|relayed|synced|indexed|produced|included|confirmed|finali[sz]ed|accepted))\b/gi,
  resolved:
    /\b(?:resolved|resolves|restored|recover(?:ed|s|y)|resum(?:ed|es)|fixed|mitigated|successful(?:ly)?|succeed(?:s|ed)|back\s+(?:up|online|to\s+normal)|normal|stable|stabili[sz]ed|healthy|operational|(?!(?:fail|crash|error|break|drop|stall|hang|lagg|spik|flapp|halt|stopp)\w*)\w+ing\s+again|unpublished|revoked|reverted|rolled\s+back|patched|redeployed|(?:fix|patch|release)\w*\s+(?:[\w.-]+\s+){0,4}?(?:was\s+|were\s+|is\s+)?(?:published|released|deployed|merged|shipped|announced|pushed)|v?\d+\.\d+\.\d+\S*\s+(?:was\s+|is\s+)?(?:pushed|released|published|shipped|tagged)|(?:publish|release|deploy|ship)(?:es|ed|s)?\s+(?:a\s+|the\s+)?(?:new|fixed|patched|clean)\s+(?:version|release|build))\b/gi,
};

/** Entries that say the incident was declared: it cannot have begun later than that. */
const DECLARED =
  /\b(?:incident|outage)\s+(?:was\s+|is\s+)?(?:declared|opened|raised)\b|\bdeclar(?:e|es|ed|ing)\s+(?:an?\s+)?(?:incident|outage)\b/i;

const MARKER_ORDER: TimelineMarker[] = ['start', 'detected', 'mitigated', 'resolved'];

/** Time-column and event-column headers of a timeline table. */
const TIME_HEADER = /\b(?:time|when|timestamp)\b/i;
const DATE_HEADER = /\b(?:date|day)\b/i;
const EVENT_HEADER = /\b(?:event|events|description|what|details|change|update|action|summary)\b/i;
/** A column naming the stage of each row (Before / Identify / Remediate / Resolve). */
const STAGE_HEADER = /\b(?:phase|stage)\b/i;
/** Stage values that say where the incident starts and where it is over; no other word does. */
const START_STAGE = /^\W*(?:impact|start(?:ed)?|onset)\b/i;
const RESOLVED_STAGE = /^\W*(?:resolved?|resolution|recover(?:y|ed)|remediat(?:e|ed|ion))\b/i;

interface DraftEntry {
  entry: TimelineEntry;
  explicit: Set<TimelineMarker>;
  keyword: Set<TimelineMarker>;
  /** The time of day the text says the incident began at ("outage beginning from 05:13"). */
  statedStart: number | null;
  /** The text says the incident was declared. */
  declared: boolean;
}

function draftOf(entry: TimelineEntry): DraftEntry {
  return {
    entry,
    explicit: new Set(),
    keyword: new Set(),
    statedStart: null,
    declared: false,
  };
}

/** Reads one Timeline section in document order, carrying the date context from entry to entry. */
class TimelineReader {
  private readonly drafts: DraftEntry[] = [];
  private readonly reading: DateReading;
  private readonly zone: string | null;
  /** Date of the current group (date line, dated entry or the incident date). */
  private groupDate: string | null;
  /** Whether a date line or heading ("2024-09-14:", "## Monday 17 March") dates the entries now. */
  private underDateLine = false;
  private rollOverDays = 0;
  private previousSeconds: number | null = null;
  /** How far the clock got at the entry before: the end of its range (`11:57-12:08`) if later. */
  private previousReach: number | null = null;
  /** True once a time without AM/PM was read in the afternoon: the timeline keeps a 12-hour clock. */
  private twelveHour = false;
  /** False once a time of day leans on the timeline's zone rather than stating its own. */
  everyClockZoned = true;
  /** The entry a prose paragraph last opened: untimed paragraphs after it tell its story on. */
  private proseEntry: DraftEntry | null = null;
  /** A heading-form entry whose text is the paragraph under it. */
  private untextedHeadingEntry: DraftEntry | null = null;
  /** The first timestamp read: what `[+1 hrs]` offsets count from. */
  private anchor: Timestamp | null = null;
  /** The date line ("2021-01-20:") that heads the current group, until a timed entry follows. */
  private dayLine: string | null = null;
  format: Timeline['format'] | null = null;

  /**
   * `fixedBase`: the timeline states its date ("all times on 2019-10-21 unless noted"), so a
   * dated entry does not carry its date to the entries after it.
   */
  constructor(
    private readonly source: string,
    private readonly pointAt: PointAt,
    baseDate: string | null,
    year: number | null,
    zone: string | null,
    dayFirst: boolean,
    private readonly fixedBase = false,
  ) {
    this.groupDate = baseDate;
    this.zone = zone;
    this.reading = {
      year: baseDate ? Number(baseDate.slice(0, 4)) : year,
      dayFirst,
      near: baseDate,
    };
  }

  /** The entries read so far, in document order. */
  get entries(): DraftEntry[] {
    return this.drafts;
  }

  /** Reads `nodes` after what was read before (the section, then each day heading's nodes). */
  read(nodes: readonly RootContent[]): void {
    for (const node of nodes) {
      const before = this.drafts.length;
      if (node.type === 'table') this.readTable(node);
      else if (node.type === 'list') this.readList(node);
      else if (node.type === 'paragraph') this.readParagraph(node);
      else if (node.type === 'heading') this.readHeading(node);
      if (node.type === 'heading' || (node.type !== 'paragraph' && this.drafts.length > before))
        this.proseEntry = null;
    }
    // A timeline kept in a code block (log style) is read only when nothing else was found, so
    // log excerpts beside a real timeline are not taken for entries.
    if (this.drafts.length === 0) {
      for (const node of nodes) if (node.type === 'code') this.readCode(node);
    }
  }

  private stampAt(start: number, end: number): StampRead | null {
    const text = this.source.slice(start, end);
    // A span of days ("2023-07-10 to 2023-07-16") starts with a date but is no date of its own.
    if (readRoughTime(text, this.reading)) return null;
    return readLeadingStamp(text, this.reading);
  }

  /** The stamp at the start of a table cell (its own span includes the pipe: read from its content). */
  private cellStamp(
    cell: TableCell | undefined,
  ): { stamp: StampRead | null; offset: number } | null {
    const first = cell?.children[0];
    if (!cell || !first) return null;
    const start = spanOf(first).start.offset;
    return { stamp: this.stampAt(start, spanOf(cell).end.offset), offset: start };
  }

  /** A row's timestamp: the time cell, dated by a separate date cell when the table has one. */
  private rowStamp(
    row: TableRow,
    timeColumn: number,
    dateColumn: number,
  ): { stamp: StampRead | null; offset: number } | null {
    const time = this.cellStamp(row.children[timeColumn]);
    if (dateColumn === -1 || time?.stamp?.date) return time;
    const date = this.cellStamp(row.children[dateColumn]);
    if (!date?.stamp?.date) return time;
    if (!time?.stamp) return date;
    return { stamp: { ...time.stamp, date: date.stamp.date }, offset: time.offset };
  }

  private readTable(table: Table): void {
    const [header, ...rows] = table.children;
    if (!header) return;
    const headers = header.children.map((cell) => nodeText(cell).trim());
    const timeHeader = headers.findIndex((text) => TIME_HEADER.test(text));
    const dateHeader = headers.findIndex((text, i) => i !== timeHeader && DATE_HEADER.test(text));
    const timeColumn = timeHeader !== -1 ? timeHeader : Math.max(dateHeader, 0);
    const dateColumn = timeHeader !== -1 ? dateHeader : -1;
    const eventColumn = headers.findIndex(
      (text, i) => i !== timeColumn && i !== dateColumn && EVENT_HEADER.test(text),
    );
    const stageColumn = headers.findIndex(
      (text, i) => i !== timeColumn && i !== eventColumn && STAGE_HEADER.test(text),
    );
    const columnZone = findZoneToken(headers[timeColumn] ?? '')?.zone ?? null;
    const stamps = rows.map((row) => this.rowStamp(row, timeColumn, dateColumn));
    if (timeHeader === -1 && dateHeader === -1 && !stamps.some((read) => read?.stamp)) return;
    this.format ??= 'table';
    const staged: Array<{ draft: DraftEntry; stage: string }> = [];
    rows.forEach((row, i) => {
      const cells = row.children.map((cell) => nodeText(cell).trim());
      const rowText = cells.filter((_, j) => j !== timeColumn && j !== dateColumn).join(' | ');
      const text = eventColumn !== -1 ? (cells[eventColumn] ?? '') : rowText;
      const read = stamps[i];
      const draft = this.addEntry(
        read?.stamp ?? null,
        read?.offset ?? 0,
        text,
        spanOf(row),
        columnZone,
        cells[timeColumn] ?? '',
      );
      if (stageColumn !== -1) staged.push({ draft, stage: cells[stageColumn] ?? '' });
      const timeCell = row.children[timeColumn];
      const relative = read?.stamp || !timeCell ? null : this.relativeTime(cells[timeColumn]);
      if (relative) {
        draft.entry.time = relative;
        draft.entry.timeSpan = spanOf(timeCell);
      }
      // A label may stand in another column ("| 14:00 | INCIDENT START | Errors spike |").
      if (text !== rowText) this.rememberKeywords(draft, rowText);
    });
    markStages(staged);
  }

  private readList(list: List): void {
    const firstParagraphs = list.children.map(
      (item) =>
        item.children.find((child): child is Paragraph => child.type === 'paragraph') ?? null,
    );
    const stamps = firstParagraphs.map((paragraph) => {
      if (!paragraph) return null;
      const span = spanOf(paragraph);
      const stamp = this.stampAt(span.start.offset, span.end.offset);
      if (stamp || readRoughTime(nodeText(paragraph), this.reading)) return stamp;
      // "- The vendor reported the outage at 12:16 ET": an item's one time of day is its time.
      return readMidSentenceStamp(
        this.source.slice(span.start.offset, span.end.offset),
        this.reading,
      );
    });
    if (!stamps.some((stamp) => stamp !== null)) {
      // Untimed bullets under a date line ("2021-01-20:"): entries timed to that day.
      if (this.dayLine !== null && !list.children.some(hasNestedList)) {
        this.format ??= 'list';
        for (const item of list.children) this.addDayEntry(nodeText(item), spanOf(item));
        return;
      }
      // "- Day 1" items whose nested lists hold the timed entries.
      for (const item of list.children) {
        for (const child of item.children) if (child.type === 'list') this.readList(child);
      }
      return;
    }
    this.format ??= 'list';
    list.children.forEach((item, i) => {
      const paragraph = firstParagraphs[i];
      const stamp = stamps[i];
      const nested = item.children.find((child): child is List => child.type === 'list');
      if (paragraph && stamp && this.isDateLine(stamp, nodeText(paragraph)) && nested) {
        this.startDayGroup(stamp, paragraph);
        this.readList(nested);
        this.dayLine = null;
        return;
      }
      if (!stamp && nested && this.readsEntries(nested)) return;
      const plain = paragraph ? nodeText(paragraph) : nodeText(item).trim();
      // "- Outage of 7 hours 27 minutes" between two events is a note on them, not an event.
      if (!stamp && !nested && isDurationNote(plain)) return;
      // Under a date line, an untimed bullet beside timed ones is timed to that day.
      if (!stamp && !nested && this.underDateLine && readRoughTime(plain, this.reading) === null) {
        this.addDayEntry(plain, spanOf(item));
        return;
      }
      const text = paragraph && stamp?.rest !== 0 ? this.textAfterStamp(plain) : plain;
      const draft = this.addEntry(
        stamp,
        paragraph ? spanOf(paragraph).start.offset : 0,
        text.replace(/\s+/g, ' ').trim(),
        spanOf(item),
        null,
        plain,
      );
      // Bullets under a timed item tell what happened then: "**00:29 – Restoration**" with
      // "- all paths are fully available again" below it marks the end.
      if (stamp && nested) this.rememberKeywords(draft, nodeText(nested));
    });
  }

  /** Reads a nested list under an untimed item ("- Day two"); true when it held entries. */
  private readsEntries(list: List): boolean {
    const before = this.drafts.length;
    this.readList(list);
    return this.drafts.length > before;
  }

  private readParagraph(paragraph: Paragraph): void {
    const span = spanOf(paragraph);
    const source = this.source.slice(span.start.offset, span.end.offset);
    const plainLines = nodeText(paragraph).split('\n');
    const consumed = this.readLines(span.start.offset, source, plainLines);
    if (consumed) this.proseEntry = this.drafts[this.drafts.length - 1] ?? null;
    if (!consumed && this.untextedHeadingEntry) {
      this.untextedHeadingEntry.entry.text = nodeText(paragraph).replace(/\s+/g, ' ').trim();
      this.rememberKeywords(this.untextedHeadingEntry);
    } else if (!consumed && this.previousSeconds !== null) {
      this.followClock(source);
      // "At this point, the homeserver was down": what the story says next belongs to its entry.
      if (this.proseEntry) this.rememberKeywords(this.proseEntry, nodeText(paragraph));
    }
    this.untextedHeadingEntry = null;
  }

  /**
   * Times in the middle of the prose between entries ("… until 16:27 UTC", "At 03:26 UTC a
   * backup completed") keep the clock going, so a night that passes in prose is a day change.
   */
  private followClock(text: string): void {
    for (const match of allMatches(MID_SENTENCE_TIME, text)) {
      const at = (match.index ?? 0) + match[0].length;
      const stamp = readLeadingStamp(text.slice(at, at + 40), this.reading);
      if (stamp?.secondsOfDay == null || stamp.date !== null) continue;
      const previous = this.previousSeconds;
      if (previous !== null && previous - stamp.secondsOfDay > ROLL_OVER_SECONDS)
        this.rollOverDays++;
      this.previousSeconds = stamp.secondsOfDay;
    }
  }

  /** A fenced code block whose lines are exactly the file's (so positions hold). */
  private readCode(code: Code): void {
    const start = codeContentStart(this.source, code);
    const source = this.source.slice(start, start + code.value.length);
    if (source === code.value) this.readLines(start, source);
  }

  /**
   * Reads lines starting at `start` in the file: date lines open a group, lines starting with a
   * timestamp are entries, and a line without one continues the entry before it. `<br>` splits
   * lines as a newline does. `plainLines` is the text without markup, when it lines up. Returns
   * whether any line held a timestamp.
   */
  private readLines(start: number, source: string, plainLines: string[] = []): boolean {
    const lines = source.split('\n');
    const aligned = plainLines.length === lines.length && !BREAK_TAG.test(source);
    let offset = start;
    let consumed = false;
    let last: DraftEntry | null = null;
    const continued = new Set<DraftEntry>();
    lines.forEach((line, i) => {
      const lineStart = offset;
      offset += line.length + 1;
      for (const segment of segmentsOf(line)) {
        const segmentStart = lineStart + segment.index;
        const plain = aligned ? plainLines[i] : stripMarkup(segment.text);
        const rough = readRoughTime(plain, this.reading);
        if (rough) {
          consumed = true;
          this.format ??= 'paragraphs';
          const roughSpan: Span = {
            start: this.pointAt(segmentStart),
            end: this.pointAt(segmentStart + segment.text.length),
          };
          last = this.addEntry(null, segmentStart, plain, roughSpan, null, plain);
          continue;
        }
        const stamp = readLeadingStamp(segment.text, this.reading);
        if (!stamp) {
          if (last && plain.trim() !== '') {
            last.entry.text = `${last.entry.text} ${plain.replace(/\s+/g, ' ').trim()}`.trim();
            continued.add(last);
          }
          continue;
        }
        consumed = true;
        if (this.isDateLine(stamp, plain)) {
          this.startGroup(stamp.date, true);
          this.dayLine = segment.text.slice(stamp.start, stamp.end);
          last = null;
          continue;
        }
        this.format ??= 'paragraphs';
        const lineSpan: Span = {
          start: this.pointAt(segmentStart),
          end: this.pointAt(segmentStart + segment.text.length),
        };
        last = this.addEntry(stamp, segmentStart, this.textAfterStamp(plain), lineSpan, null);
      }
    });
    for (const draft of continued) this.rememberKeywords(draft);
    return consumed;
  }

  private readHeading(heading: Heading): void {
    const first = heading.children[0];
    this.readHeadingAt(first ? spanOf(first).start.offset : -1, spanOf(heading), nodeText(heading));
  }

  /**
   * A day or time heading after the Timeline section, at its level ("## 2024-03-17", "## 13:20"):
   * read as the section's own headings are.
   */
  readDayHeading(span: Span, title: string): void {
    const line = this.source.slice(span.start.offset, span.end.offset);
    const start = span.start.offset + (/^\s*#*\s*/.exec(line)?.[0].length ?? 0);
    this.readHeadingAt(start, span, title);
  }

  private readHeadingAt(start: number, span: Span, plain: string): void {
    this.untextedHeadingEntry = null;
    if (start === -1) return;
    const stamp = this.stampAt(start, span.end.offset);
    if (!stamp) return;
    if (this.isDateLine(stamp, plain)) {
      this.startGroup(stamp.date, true);
      this.dayLine = this.source.slice(start + stamp.start, start + stamp.end);
      return;
    }
    this.format ??= 'paragraphs';
    const draft = this.addEntry(stamp, start, this.textAfterStamp(plain), span, null);
    if (draft.entry.text === '') this.untextedHeadingEntry = draft;
  }

  private startDayGroup(stamp: StampRead, paragraph: Paragraph): void {
    const start = spanOf(paragraph).start.offset;
    this.startGroup(stamp.date, true);
    this.dayLine = this.source.slice(start + stamp.start, start + stamp.end);
  }

  /** An untimed bullet under a date line: an entry timed to the day. */
  private addDayEntry(text: string, span: Span): void {
    const date = this.groupDate;
    const epochMs = date === null ? null : instantMs(date, null, this.zone);
    const time: Timestamp | null =
      date === null || epochMs === null
        ? null
        : {
            raw: this.dayLine ?? date,
            precision: 'day',
            date,
            secondsOfDay: null,
            zone: this.zone,
            epochMs,
            timelineMs: epochMs,
          };
    const entry: TimelineEntry = {
      time,
      text: text.replace(/\s+/g, ' ').trim(),
      markers: [],
      span,
      timeSpan: span,
    };
    const draft = draftOf(entry);
    this.rememberKeywords(draft);
    this.drafts.push(draft);
  }

  /** A date with nothing after it but markup or a zone remark: it heads the entries below it. */
  private isDateLine(stamp: StampRead, plain: string): boolean {
    if (stamp.date === null || stamp.secondsOfDay !== null) return false;
    const rest = this.textAfterStamp(plain)
      .replace(/\(?\b(?:all\s+)?times?\b[^)]{0,80}\)?/gi, '')
      .replace(/[\s*_.,:;()-]+/g, '');
    return rest === '';
  }

  private textAfterStamp(plain: string): string {
    const stamp = readLeadingStamp(plain, this.reading);
    return (stamp ? plain.slice(stamp.rest) : plain).replace(/\s+/g, ' ').trim();
  }

  private startGroup(date: string | null, dateLine = false): void {
    this.groupDate = date;
    this.underDateLine = dateLine && date !== null;
    this.rollOverDays = 0;
    this.previousSeconds = null;
    this.previousReach = null;
  }

  /**
   * `[+1 hrs]`, `+30 min`: a time given as an offset from the timeline's first timestamp. Null
   * when the text is no offset or there is nothing to count from.
   */
  private relativeTime(text: string): Timestamp | null {
    const match = RELATIVE_TIME.exec(text);
    const anchor = this.anchor;
    if (!match || !anchor || anchor.secondsOfDay === null) return null;
    const unit = match[2].toLowerCase();
    const minutes =
      Number(match[1]) * (unit.startsWith('d') ? 1440 : unit.startsWith('h') ? 60 : 1);
    const total = anchor.secondsOfDay + Math.round(minutes * 60);
    const days = Math.floor(total / 86_400);
    const delta = minutes * 60_000;
    return {
      raw: match[0].trim(),
      precision: unit.startsWith('m') ? 'minute' : unit.startsWith('h') ? 'hour' : 'day',
      date: anchor.date === null ? null : addDays(anchor.date, days),
      secondsOfDay: total - days * 86_400,
      zone: anchor.zone,
      epochMs: anchor.epochMs === null ? null : anchor.epochMs + delta,
      timelineMs: anchor.timelineMs + delta,
    };
  }

  private addEntry(
    stamp: StampRead | null,
    base: number,
    text: string,
    span: Span,
    columnZone: string | null,
    /** The text a time would lead (the time cell of a row): read for a rough time when untimed. */
    roughSource = '',
  ): DraftEntry {
    const time = stamp ? this.timestamp(stamp, base, columnZone) : null;
    this.anchor ??= time;
    const timeSpan = stamp
      ? { start: this.pointAt(base + stamp.start), end: this.pointAt(base + stamp.end) }
      : span;
    const rough = stamp ? null : readRoughTime(roughSource, this.reading);
    const own = rough !== null && roughSource.trim() === text.trim();
    const entry: TimelineEntry = {
      time,
      text: own ? roughSource.slice(rough.rest).replace(/\s+/g, ' ').trim() : text,
      markers: [],
      span,
      timeSpan,
    };
    // As written, its brackets kept: `[???]`.
    if (rough)
      entry.roughTime = roughSource
        .slice(0, rough.end)
        .replace(/^[\s*_`]+/, '')
        .trim();
    const draft = draftOf(entry);
    this.rememberKeywords(draft);
    this.drafts.push(draft);
    return draft;
  }

  /** Notes the markers `text` (by default the entry's) states. */
  private rememberKeywords(draft: DraftEntry, text = draft.entry.text): void {
    for (const marker of MARKER_ORDER) {
      if (EXPLICIT_MARKERS[marker].test(text)) draft.explicit.add(marker);
      if (statesMarker(marker, text)) draft.keyword.add(marker);
    }
    if (DECLARED.test(text)) draft.declared = true;
    for (const match of allMatches(STATED_START, text)) {
      const at = (match.index ?? 0) + match[0].length;
      const stamp = readLeadingStamp(text.slice(at, at + 40), this.reading);
      if (stamp?.secondsOfDay == null) continue;
      draft.statedStart ??= stamp.secondsOfDay;
    }
  }

  /**
   * Seconds of day of a stamp. `1:05` right after `12:40` is read as 13:05 (a 12-hour clock
   * without AM/PM), not as a step back in time: only for one-digit hours, so `01:05` and 24-hour
   * timelines keep their reading.
   */
  private clockSeconds(stamp: StampRead): number | null {
    const seconds = stamp.secondsOfDay;
    const previous = this.previousSeconds;
    const reach = this.previousReach;
    // `10:44` after `9:35` read as 21:35: the 12-hour clock goes on past the one-digit hours.
    const candidate = stamp.maybeAfternoon || (stamp.bareHour && this.twelveHour);
    if (seconds === null || stamp.date !== null || !candidate || previous === null) {
      return seconds;
    }
    const afternoon = seconds + 12 * 3600;
    // Only once the timeline has reached noon (a range's end counts): `9:30` after `10:00`
    // stays a step back.
    const flips = (reach ?? previous) >= 12 * 3600 && seconds < previous && afternoon >= previous;
    if (flips) this.twelveHour = true;
    return flips ? afternoon : seconds;
  }

  /** Date, roll-over and zone of one stamp, in the context of the entries before it. */
  private timestamp(stamp: StampRead, base: number, columnZone: string | null): Timestamp {
    this.dayLine = null;
    const seconds = this.clockSeconds(stamp);
    if (seconds !== null) {
      const until = stamp.untilSeconds;
      // `11:57-12:08` then `1:17`: the clock reached 12:08, so 1:17 is read on a 12-hour clock.
      this.previousReach = until !== null && until > seconds ? until : seconds;
      if (stamp.zone === null && columnZone === null) this.everyClockZoned = false;
    }
    const zone = stamp.zone ?? columnZone ?? this.zone;
    if (stamp.date !== null && this.fixedBase) {
      // "All times on <date> unless noted": this entry's date is its own.
      const epochMs = instantMs(stamp.date, seconds, zone);
      return {
        raw: this.source.slice(base + stamp.start, base + stamp.end),
        precision: stamp.precision,
        date: stamp.date,
        secondsOfDay: seconds,
        zone,
        epochMs,
        timelineMs: epochMs,
      };
    }
    if (stamp.date !== null) {
      this.startGroup(stamp.date);
    } else if (
      seconds !== null &&
      this.previousSeconds !== null &&
      this.previousSeconds - seconds > ROLL_OVER_SECONDS
    ) {
      this.rollOverDays++;
    }
    if (seconds !== null) this.previousSeconds = seconds;
    const date = this.groupDate === null ? null : addDays(this.groupDate, this.rollOverDays);
    const epochMs = date === null ? null : instantMs(date, seconds, zone);
    return {
      raw: this.source.slice(base + stamp.start, base + stamp.end),
      precision: stamp.precision,
      date,
      secondsOfDay: seconds,
      zone,
      epochMs,
      timelineMs: epochMs ?? instantMs(addDays('1970-01-01', this.rollOverDays), seconds, zone),
    };
  }
}

const BREAK_TAG = /<br\s*\/?>/i;

/** A line cut at its `<br>` tags, each part with its index in the line. */
function segmentsOf(line: string): Array<{ text: string; index: number }> {
  const segments: Array<{ text: string; index: number }> = [];
  let index = 0;
  for (const match of allMatches(/<br\s*\/?>/gi, line)) {
    const at = match.index ?? 0;
    segments.push({ text: line.slice(index, at), index });
    index = at + match[0].length;
  }
  segments.push({ text: line.slice(index), index });
  return segments;
}

/** Emphasis, code marks and escapes of raw Markdown text, for an entry's text. */
function stripMarkup(text: string): string {
  return text.replace(/\*\*|__|`|\\(?=[\\<>*_[\]`#])/g, '');
}

/** Offset of the first content line of a fenced code block (an indented one starts at once). */
function codeContentStart(source: string, node: Code): number {
  const start = spanOf(node).start.offset;
  if (!/^[`~]{3}/.test(source.slice(start, start + 3))) return start;
  return source.indexOf('\n', start) + 1;
}

/**
 * A stage column's words as markers: the first row of an "Impact" or "Start" stage starts the
 * incident; the last row of the first "Remediate", "Recovery" or "Resolve" run ends it (the
 * stage is the work, its last row the work done). Other stages (Before, Identify) say nothing.
 */
function markStages(rows: ReadonlyArray<{ draft: DraftEntry; stage: string }>): void {
  const start = rows.find((row) => START_STAGE.test(row.stage));
  start?.draft.keyword.add('start');
  const first = rows.findIndex((row) => RESOLVED_STAGE.test(row.stage));
  if (first === -1) return;
  let last = first;
  while (last + 1 < rows.length && RESOLVED_STAGE.test(rows[last + 1].stage)) last++;
  rows[last].draft.keyword.add('resolved');
}

/** Applies explicit markers, or keyword markers for a marker no entry states explicitly. */
function applyMarkers(drafts: DraftEntry[]): void {
  for (const marker of MARKER_ORDER) {
    const explicit = drafts.some((draft) => draft.explicit.has(marker));
    const marked = new Set<DraftEntry>();
    drafts.forEach((draft, i) => {
      if (explicit ? !draft.explicit.has(marker) : !draft.keyword.has(marker)) return;
      marked.add(marker === 'start' && !explicit ? startEntry(drafts, i) : draft);
    });
    if (marker === 'start' && !explicit) {
      // An incident cannot begin after it was declared: "17:00 Incident declared" before
      // "17:37 First reports of users" puts the start at 17:00.
      const first = drafts.findIndex((draft) => marked.has(draft));
      const declared = drafts.findIndex((draft) => draft.declared && draft.entry.time !== null);
      if (first !== -1 && declared !== -1 && declared < first) marked.add(drafts[declared]);
    }
    for (const draft of drafts) if (marked.has(draft)) draft.entry.markers.push(marker);
  }
}

/** How many entries back a stated start time is looked for. */
const STATED_START_REACH = 50;

/**
 * The entry a start phrase points at: "05:16 … outage beginning from 05:13" is the entry at 05:13
 * when the timeline has one before it, else the entry that says so.
 */
function startEntry(drafts: readonly DraftEntry[], i: number): DraftEntry {
  const seconds = drafts[i].statedStart;
  if (seconds === null) return drafts[i];
  // Bounded: the entry it names is near, and a long timeline stays linear.
  for (let j = i - 1; j >= Math.max(0, i - STATED_START_REACH); j--) {
    if (drafts[j].entry.time?.secondsOfDay === seconds) return drafts[j];
  }
  return drafts[i];
}

/**
 * The date of times written without one: a date in the Timeline heading ("Timeline (all times UTC,
 * September 5, 2026)"), else the incident date of the metadata, else a date in the title.
 */
function baseDateOf(context: ExtractContext, heading: string): string | null {
  const year = context.incidentDate ? Number(context.incidentDate.slice(0, 4)) : null;
  const inHeading = findDate(heading, year)?.iso;
  if (inHeading) return inHeading;
  if (context.incidentDate) return context.incidentDate;
  const title = titleOf(context);
  return title ? (findDate(title)?.iso ?? null) : null;
}

/** The title: the `title` field, else the first `#` heading. */
function titleOf(context: ExtractContext): string | undefined {
  const field = context.metadata.fields.title?.value;
  return typeof field === 'string'
    ? field
    : context.sections.find((content) => content.section.depth === 1)?.section.title;
}

/**
 * The year that completes a day written without one ("August 23rd, 11:59"): the incident date's,
 * else a year the Timeline heading, the date field ("August 2025"), the title or the document's
 * opening names (where a field the header reader did not take, "- Date: 2025-Feb-07", or a first
 * sentence may name it).
 */
function documentYear(context: ExtractContext, heading: string): number | null {
  if (context.incidentDate) return Number(context.incidentDate.slice(0, 4));
  const date = context.metadata.fields.date?.value;
  const opening = context.source.slice(0, OPENING_CHARACTERS);
  for (const text of [heading, date, titleOf(context), opening]) {
    const year = typeof text === 'string' ? findYear(text.slice(0, OPENING_CHARACTERS)) : null;
    if (year !== null) return year;
  }
  return null;
}

/** How much of the document's start (or of a heading or field) may name that year. */
const OPENING_CHARACTERS = 1500;

function locatedZone(
  context: ExtractContext,
  found: FoundZone | null,
  base: number,
): Located | null {
  if (!found) return null;
  const start = base + found.index;
  return {
    text: found.token,
    span: { start: context.pointAt(start), end: context.pointAt(start + found.token.length) },
  };
}

/** Where a timeline's zone is stated: its heading, then its body, then anywhere in the file. */
function zoneScopes(
  context: ExtractContext,
  head: { start: number; end: number },
  bodyEnd: number,
): Array<[string, number]> {
  return [
    [context.source.slice(head.start, head.end), head.start],
    [context.source.slice(head.end, bodyEnd), head.end],
    [context.source, 0],
  ];
}

/** The zone stated for the whole timeline, and a zone it names that is none we know. */
function timelineZone(
  context: ExtractContext,
  scopes: Array<[string, number]>,
): { zone: string | null; located: Located | null; unknown: Located | null } {
  let unknown: Located | null = null;
  for (const [i, [text, base]] of scopes.entries()) {
    const found = findZoneStatement(text) ?? (i === 0 ? findZoneToken(text) : null);
    if (found) return { zone: found.zone, located: locatedZone(context, found, base), unknown };
    unknown ??= locatedZone(context, findUnknownZoneStatement(text), base);
  }
  return { zone: null, located: null, unknown };
}

/** A date stated for every time of the timeline: "all times on 2019-10-21 unless noted". */
const BASE_DATE_STATEMENT = /\b(?:all\s+)?times?\s+(?:are\s+)?(?:on|for)\s+/gi;

function statedBaseDate(text: string, year: number | null): string | null {
  for (const match of allMatches(BASE_DATE_STATEMENT, text)) {
    const from = (match.index ?? 0) + match[0].length;
    const found = findDate(text.slice(from, from + 40), year);
    if (found && found.index === 0) return found.iso;
  }
  return null;
}

/** A heading read as a timeline: the names required-sections accepts for it, one list. */
function isTimelineTitle(title: string): boolean {
  return (
    findSectionIndex(
      [{ title, depth: 0, span: NO_SPAN, bodySpan: NO_SPAN }],
      SECTION_NAMES.timeline,
    ) === 0
  );
}

const NO_SPAN: Span = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};

function hasNestedList(item: ListItem): boolean {
  return item.children.some((child) => child.type === 'list');
}

/** What one timeline is read from. */
interface TimelineSource {
  /** The heading or label that opens it. */
  span: Span;
  title: string;
  nodes: RootContent[];
  bodyEnd: number;
  /** Day and time headings after a Timeline section, at its level, each with the nodes under it. */
  days: Array<{ span: Span; title: string; nodes: RootContent[] }>;
}

/** `**Timeline:**` at the start of a paragraph (the colon inside or outside the bold). */
function timelineLabel(node: RootContent): Strong | null {
  if (node.type !== 'paragraph') return null;
  const [first, second] = node.children;
  if (first?.type !== 'strong') return null;
  const label = nodeText(first).trim();
  const colon = label.endsWith(':') || (second?.type === 'text' && second.value.startsWith(':'));
  return colon && isTimelineTitle(label.replace(/:$/, '')) ? first : null;
}

/** A paragraph that opens another labelled block (`**Resolution:** …`), which ends a labelled timeline. */
function isLabelParagraph(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const [first, second] = node.children;
  if (first?.type !== 'strong') return false;
  return (
    nodeText(first).trim().endsWith(':') ||
    (second?.type === 'text' && second.value.startsWith(':'))
  );
}

/** The timeline sections of the file, with the day headings that continue them, in order. */
function timelineSections(context: ExtractContext): TimelineSource[] {
  const found: TimelineSource[] = [];
  const { sections } = context;
  let inside = -1;
  for (let i = 0; i < sections.length; i++) {
    const { section, nodes } = sections[i];
    if (section.span.start.offset < inside || !isTimelineTitle(section.title)) continue;
    const source: TimelineSource = {
      span: section.span,
      title: section.title,
      nodes,
      bodyEnd: section.bodySpan.end.offset,
      days: [],
    };
    inside = section.bodySpan.end.offset;
    // "## Timeline" then "## 2024-03-17", "## 2024-03-18" (or "## 13:20"): the day and time
    // sections continue it.
    for (let j = i + 1; j < sections.length; j++) {
      const next = sections[j];
      if (next.section.span.start.offset < inside) continue;
      if (next.section.depth !== section.depth || !startsWithStamp(next.section.title)) break;
      source.days.push({ span: next.section.span, title: next.section.title, nodes: next.nodes });
      inside = next.section.bodySpan.end.offset;
      source.bodyEnd = inside;
    }
    found.push(source);
  }
  return found;
}

function startsWithStamp(title: string): boolean {
  return readLeadingStamp(title, { year: 2000, dayFirst: true }) !== null;
}

/** `**Timeline:**` blocks outside the timeline sections: the label and what follows it. */
function labelledTimelines(context: ExtractContext, sections: TimelineSource[]): TimelineSource[] {
  const found: TimelineSource[] = [];
  const taken = (offset: number) =>
    sections.some((source) => offset >= source.span.start.offset && offset < source.bodyEnd);
  for (const { nodes } of context.sections) {
    // Only the nodes before the first sub-heading: the sub-section is visited on its own.
    const end = nodes.findIndex((node) => node.type === 'heading');
    const direct = end === -1 ? nodes : nodes.slice(0, end);
    for (let i = 0; i < direct.length; i++) {
      const label = timelineLabel(direct[i]);
      if (!label || taken(spanOf(direct[i]).start.offset)) continue;
      let j = i + 1;
      while (j < direct.length && !isLabelParagraph(direct[j])) j++;
      const body = direct.slice(i, j);
      found.push({
        span: spanOf(label),
        title: nodeText(label),
        nodes: body,
        bodyEnd: spanOf(body[body.length - 1]).end.offset,
        days: [],
      });
      i = j - 1;
    }
  }
  return found;
}

function readTimeline(context: ExtractContext, source: TimelineSource): Timeline {
  const head = { start: source.span.start.offset, end: source.span.end.offset };
  const zone = timelineZone(context, zoneScopes(context, head, source.bodyEnd));
  const sectionText = context.source.slice(head.start, source.bodyEnd);
  const dayFirst = dayFirstIn(sectionText, !isUsZone(zone.zone));
  const year = documentYear(context, source.title);
  const stated = statedBaseDate(sectionText.slice(0, 2000), year);
  const reader = new TimelineReader(
    context.source,
    context.pointAt,
    stated ?? baseDateOf(context, source.title),
    year,
    zone.zone,
    dayFirst,
    stated !== null,
  );
  reader.read(source.nodes);
  for (const day of source.days) {
    reader.readDayHeading(day.span, day.title);
    reader.read(day.nodes);
  }
  const drafts = reader.entries;
  applyMarkers(drafts);
  const entries = drafts.map((draft) => draft.entry);
  return {
    span: source.span,
    format: reader.format ?? 'paragraphs',
    zone: zone.located,
    // "All times ETC" beside entries that each state their zone: no time is read in it.
    unknownZone: reader.everyClockZoned && reader.entries.length > 0 ? null : zone.unknown,
    entries,
    labelledMarkers: MARKER_ORDER.filter((marker) =>
      drafts.some((draft) => draft.explicit.has(marker)),
    ),
    // Read only when no entry carries the marker: most timelines never need the looser words.
    impliedMarkers: MARKER_ORDER.filter(
      (marker) =>
        !entries.some((entry) => entry.markers.includes(marker)) &&
        entries.some((entry) => statesMarker(marker, entry.text, IMPLIED_MARKERS)),
    ),
  };
}

/**
 * Every timeline of the file in document order: sections titled Timeline (or a synonym such as
 * "Chronology", "Sequence of events"), one per incident when there are several, and
 * `**Timeline:**` labelled blocks. Each is read on its own.
 */
export function extractTimelines(context: ExtractContext): Timeline[] {
  const sections = timelineSections(context);
  const labelled = labelledTimelines(context, sections);
  return [...sections, ...labelled]
    .sort((a, b) => a.span.start.offset - b.span.start.offset)
    .map((source) => readTimeline(context, source));
}
