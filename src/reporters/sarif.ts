import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintRun } from '../engine/types.js';
import { RULE_ERROR } from '../engine/pipeline.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { REPOSITORY_URL, ruleDocsUrl } from '../rules/docs-url.js';
import type { Diagnostic, RuleSeverity } from '../diagnostics/types.js';
import { VERSION } from '../version.js';
import { messageText } from './message.js';
import { RULE_HELP } from './rule-help.js';

/**
 * The subset of SARIF 2.1.0 this reporter writes: what GitHub code scanning reads, as its "SARIF
 * support for code scanning" page and the SARIF Multitool's GitHub rules (`validate --rule-kind
 * Gh`) describe it.
 */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRun {
  tool: { driver: SarifDriver };
  /** Only with `SarifOptions.category`: `upload-sarif` keeps an id it finds, ignoring its input. */
  automationDetails?: { id: string };
  invocations: SarifInvocation[];
  /** `%SRCROOT%`: the base directory, described but not spelled out (no absolute path). */
  originalUriBaseIds: Record<string, { uri?: string; description: SarifText }>;
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
  properties?: { omittedResults: number };
}

export interface SarifDriver {
  name: string;
  version: string;
  semanticVersion: string;
  informationUri: string;
  rules: SarifRule[];
}

export interface SarifText {
  text: string;
}

export interface SarifMultiformatText {
  text: string;
  markdown: string;
}

export interface SarifRule {
  id: string;
  /**
   * A Pascal-case friendly name (`BlamelessLanguage`), as SARIF recommends; left out when it would
   * only repeat the id (`distribution`), as the SARIF validator asks (SARIF1001).
   */
  name?: string;
  shortDescription: SarifText;
  fullDescription: SarifMultiformatText;
  help: SarifMultiformatText;
  helpUri: string;
  defaultConfiguration: { level: RuleSeverity };
  /** GitHub filters by `tags` and ranks non-security alerts by `problem.severity`. */
  properties: { tags: string[]; 'problem.severity': RuleSeverity };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: RuleSeverity;
  message: SarifText;
  locations: SarifLocation[];
  /** `postmortemLint/v1`: stable across line moves (see `fingerprints`). */
  partialFingerprints: Record<string, string>;
}

export interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId?: string };
    region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  };
}

export interface SarifNotification {
  level: 'error' | 'warning' | 'note';
  message: SarifText;
}

export interface SarifInvocation {
  /** False when a rule threw (`rule-error` results): those files were not fully checked. */
  executionSuccessful: boolean;
  toolExecutionNotifications?: SarifNotification[];
}

export interface SarifOptions {
  /** Artifact URIs are relative to this directory (the repository root; default: `cwd`). */
  baseDir?: string;
  /** Directory the run's relative file paths are relative to (default: the process's). */
  cwd?: string;
  /**
   * Code scanning category (`runs[0].automationDetails.id` = `<category>/`). Left out by default:
   * `github/codeql-action/upload-sarif` never overrides an id the file has, so writing one would
   * silently defeat its `category` input and its per-matrix-job default.
   */
  category?: string;
}

/** GitHub code scanning shows at most this many characters of a rule's short or full description. */
const MAX_DESCRIPTION = 1024;

/** GitHub code scanning rejects a run with more results than this. */
export const MAX_SARIF_RESULTS = 25_000;

/**
 * The `partialFingerprints` key. Deliberately not `primaryLocationLineHash`: `upload-sarif`
 * computes that one from the file's text and warns on every result whose value differs from its
 * own, so a tool-supplied value there only adds one warning per alert.
 */
export const FINGERPRINT_KEY = 'postmortemLint/v1';

const SRCROOT = '%SRCROOT%';

/** Findings that come from reading the file or from a crashed rule, not from a rule's check. */
interface BuiltInFinding {
  id: string;
  description: string;
  /** Markdown. */
  explanation: string;
  helpUri: string;
  tags: string[];
}

const BUILT_IN_FINDINGS: BuiltInFinding[] = [
  {
    id: 'invalid-file',
    description:
      'The file could not be linted: it is not text, not UTF-8, too large or nested too deep.',
    explanation: [
      'postmortem-lint reads every file before any rule runs. A file that is not text, is not valid',
      'UTF-8, is larger than the `maxFileSize` setting, or nests block quotes or lists absurdly deep',
      'is reported once, with this finding, and is not linted; the other files are.',
      '',
      'Fix the file (save it as UTF-8 text, split it) or, if it is not a postmortem, add it to the',
      "configuration's `ignores`.",
    ].join('\n'),
    helpUri: `${REPOSITORY_URL}#rules`,
    tags: ['input'],
  },
  {
    id: 'invalid-frontmatter',
    description:
      'The frontmatter is not valid YAML or TOML, is written in another language, or has an invalid field.',
    explanation: [
      'The frontmatter must be YAML between `---` lines or TOML between `+++` lines (as Hugo and Zola',
      'write it); both are read as data, never evaluated. YAML or TOML that does not parse, an alias',
      'bomb, a duplicate key, or frontmatter in another language (such as `---js`, which is never',
      'evaluated) is reported with this finding; the rest of the file is still linted.',
      '',
      'The fields are described by the frontmatter schema',
      `([\`schemas/postmortem.schema.json\`](${REPOSITORY_URL}/blob/main/schemas/postmortem.schema.json)).`,
    ].join('\n'),
    helpUri: `${REPOSITORY_URL}#rules`,
    tags: ['input', 'metadata'],
  },
  {
    id: RULE_ERROR,
    description:
      'A rule failed on this file: its findings are missing, the other rules are reported.',
    explanation: [
      'A rule threw an exception while checking this file. Its findings for the file are missing;',
      'every other rule ran and reported as usual.',
      '',
      'This is a bug in postmortem-lint, not in the postmortem: please',
      `[report it](${REPOSITORY_URL}/issues) with the file (or a file that shows the same failure).`,
    ].join('\n'),
    helpUri: `${REPOSITORY_URL}/issues`,
    tags: ['internal'],
  },
  {
    // The engine's UNKNOWN_RULE: an inline control naming a rule that does not exist.
    id: 'unknown-rule',
    description: 'An inline postmortem-lint comment names a rule that does not exist.',
    explanation: [
      'A `postmortem-lint-disable`, `-enable` or `-disable-next-line` comment names a rule id that',
      'postmortem-lint does not know, so the comment does nothing for it: a typo, or a rule that was',
      'renamed. The message suggests the closest known id.',
      '',
      `Fix the id (the [rules](${REPOSITORY_URL}#rules) lists them) or remove the comment.`,
    ].join('\n'),
    helpUri: `${REPOSITORY_URL}#inline-controls`,
    tags: ['inline-controls'],
  },
];

/** `blameless-language` → `BlamelessLanguage`. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}

/** Relative links of a page (`../../README.md#configuration`) resolved against its URL. */
export function absoluteLinks(markdown: string, base: string): string {
  const absolute = (href: string): string => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
    try {
      return new URL(href, base).href;
    } catch {
      return href;
    }
  };
  return markdown
    .replace(/\]\(([^)\s]+)((?:\s+"[^"]*")?)\)/g, (_, href: string, title: string) => {
      return `](${absolute(href)}${title})`;
    })
    .replace(/^(\s*\[[^\]]+\]:\s*)(\S+)/gm, (_, label: string, href: string) => {
      return `${label}${absolute(href)}`;
    });
}

/** Prose (no fences) as plain text; code spans keep their content untouched. */
function proseToText(markdown: string): string {
  const spans: string[] = [];
  return markdown
    .replace(/^ {0,3}#{1,6}\s+/gm, '')
    .replace(/(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks: string, code: string) => {
      spans.push(/^ [\s\S]* $/.test(code) && code.trim() !== '' ? code.slice(1, -1) : code);
      return `\uE000${spans.length - 1}\uE000`;
    })
    .replace(/!?\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, (_, text: string, href: string) =>
      text === href || text === '' ? href : `${text} (${href})`,
    )
    .replace(/(\*\*|__)(?=\S)([\s\S]+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_\n]+?)(?<=\S)[*_](?=[^\w*]|$)/gm, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1')
    .replace(/\uE000(\d+)\uE000/g, (_, index: string) => spans[Number(index)]);
}

/**
 * Markdown as plain text, for `help.text` and `fullDescription.text`: heading marks, emphasis,
 * backticks and fence lines dropped, links written as `text (url)`; code is kept as written.
 */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let prose: string[] = [];
  let fence: string | null = null;
  const flush = (): void => {
    if (prose.length > 0) out.push(proseToText(prose.join('\n')));
    prose = [];
  };
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null && marker) {
      flush();
      fence = marker;
    } else if (
      fence !== null &&
      marker &&
      marker[0] === fence[0] &&
      marker.length >= fence.length
    ) {
      fence = null;
    } else if (fence !== null) {
      out.push(line);
    } else {
      prose.push(line);
    }
  }
  flush();
  return out.join('\n');
}

/** The first paragraph of the "## Why" section (the page's own explanation, in one paragraph). */
function whyParagraph(sections: readonly string[]): string {
  const start = sections.indexOf('## Why');
  if (start === -1) return '';
  const paragraph: string[] = [];
  for (const line of sections.slice(start + 1)) {
    if (line.startsWith('#') || (line === '' && paragraph.length > 0)) break;
    if (line !== '') paragraph.push(line);
  }
  return paragraph.join('\n');
}

/** The options a rule takes, one Markdown bullet each, from `meta.optionsSchema`. */
function optionLines(rule: Rule): string[] {
  const properties = rule.meta.optionsSchema.properties;
  if (typeof properties !== 'object' || properties === null) return [];
  return Object.entries(properties as Record<string, { description?: unknown }>).map(
    ([name, schema]) =>
      typeof schema.description === 'string'
        ? `- \`${name}\`: ${schema.description}`
        : `- \`${name}\``,
  );
}

function descriptor(
  id: string,
  description: string,
  explanationMarkdown: string,
  details: string,
  helpUri: string,
  level: RuleSeverity,
  tags: string[],
): SarifRule {
  const markdown = [explanationMarkdown, details, `[Full documentation](${helpUri})`]
    .filter((part) => part !== '')
    .join('\n\n');
  const why = explanationMarkdown === '' ? '' : whyParagraph(explanationMarkdown.split('\n'));
  const withWhy = `${description}\n\n${why}`;
  const full =
    why !== '' && Math.max(withWhy.length, markdownToText(withWhy).length) <= MAX_DESCRIPTION
      ? withWhy
      : description;
  const name = pascalCase(id);
  return {
    id,
    ...(name.toLowerCase() === id.toLowerCase() ? {} : { name }),
    shortDescription: { text: description },
    fullDescription: { text: markdownToText(full), markdown: full },
    help: {
      text: markdownToText(`${description}\n\n${markdown}`),
      markdown: `${description}\n\n${markdown}`,
    },
    helpUri,
    defaultConfiguration: { level },
    properties: { tags, 'problem.severity': level },
  };
}

function ruleDescriptor(rule: Rule): SarifRule {
  const { id, description, defaultSeverity, severityNote, tags } = rule.meta;
  const sections = absoluteLinks((RULE_HELP[id] ?? []).join('\n'), ruleDocsUrl(id));
  const options = optionLines(rule);
  const configuration = [
    '## Configuration',
    '',
    `Default severity: \`${defaultSeverity}\`${severityNote ? ` (${severityNote})` : ''}. Set it to`,
    `\`error\`, \`warning\` or \`off\`, or pass options, under \`rules.${id}\` in the`,
    `[configuration](${REPOSITORY_URL}#configuration).`,
    ...(options.length > 0 ? ['', 'Options:', '', ...options] : []),
  ].join('\n');
  return descriptor(id, description, sections, configuration, ruleDocsUrl(id), defaultSeverity, [
    ...tags,
  ]);
}

function builtInDescriptor(finding: BuiltInFinding): SarifRule {
  return descriptor(
    finding.id,
    finding.description,
    `## Why\n\n${finding.explanation}`,
    '',
    finding.helpUri,
    'error',
    finding.tags,
  );
}

/** A rule outside the registry (a plugin): still a described, linked rule. */
function unknownDescriptor(id: string, level: RuleSeverity): SarifRule {
  return descriptor(
    id,
    `Findings of the rule ${id}.`,
    `## Why\n\n\`${id}\` is not one of postmortem-lint's built-in rules; see where it comes from.`,
    '',
    REPOSITORY_URL,
    level,
    [],
  );
}

/** Every descriptor a run can refer to: the rules, then the findings that are not rules. */
function ruleDescriptors(): SarifRule[] {
  return [...RULES.map(ruleDescriptor), ...BUILT_IN_FINDINGS.map(builtInDescriptor)];
}

/**
 * A relative reference (`postmortems/2026/a%20b.md`) from `baseDir` to the file, never an absolute
 * path; `..` segments when the file is outside `baseDir`. Only a file on another Windows drive,
 * which no relative reference reaches, gets a `file:` URI (and no `uriBaseId`).
 */
function artifactLocation(
  filePath: string,
  cwd: string,
  baseDir: string,
): { uri: string; uriBaseId?: string } {
  const absolute = resolve(cwd, filePath);
  const inside = relative(baseDir, absolute);
  if (isAbsolute(inside)) return { uri: pathToFileURL(absolute).href };
  return { uri: inside.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/**
 * A region SARIF consumers accept: 1-based, integer, end after start; a zero-width finding (a
 * whole-file finding reported at a point) covers one column.
 */
function region(diagnostic: Diagnostic): SarifLocation['physicalLocation']['region'] {
  const whole = (value: number): number =>
    Number.isFinite(value) ? Math.max(1, Math.trunc(value)) : 1;
  const startLine = whole(diagnostic.line);
  const startColumn = whole(diagnostic.column);
  let endLine = whole(diagnostic.endLine);
  let endColumn = whole(diagnostic.endColumn);
  if (endLine < startLine) [endLine, endColumn] = [startLine, startColumn];
  if (endLine === startLine && endColumn <= startColumn) endColumn = startColumn + 1;
  return { startLine, startColumn, endLine, endColumn };
}

/**
 * What identifies a finding whatever the lines around it do: the rule, the file and the message
 * with every number taken out (line references such as "also used on line 12", day counts that
 * grow every day). Equal keys in one file are told apart by their order.
 */
function fingerprintKey(ruleId: string, uri: string, message: string): string {
  const skeleton = message.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${ruleId}\n${uri}\n${skeleton}`).digest('hex').slice(0, 32);
}

/** `<key>:<n>`, n counting equal keys from 1 in the run's order (by file, then position). */
function fingerprints(): (ruleId: string, uri: string, message: string) => string {
  const seen = new Map<string, number>();
  return (ruleId, uri, message) => {
    const key = fingerprintKey(ruleId, uri, message);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return `${key}:${occurrence}`;
  };
}

/**
 * At most `limit` results, errors before warnings (GitHub, too, keeps the most severe first), in
 * their original order.
 */
function capResults(results: SarifResult[], limit: number): SarifResult[] {
  if (results.length <= limit) return results;
  const errors = results.filter((result) => result.level === 'error').length;
  let warnings = Math.max(0, limit - errors);
  let kept = 0;
  return results.filter((result) => {
    if (kept >= limit) return false;
    if (result.level !== 'error') {
      if (warnings === 0) return false;
      warnings--;
    }
    kept++;
    return true;
  });
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
}

/** SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`). */
export function toSarif(run: LintRun, options: SarifOptions = {}): SarifLog {
  const cwd = options.cwd ?? process.cwd();
  const baseDir = resolve(cwd, options.baseDir ?? cwd);
  const rules = ruleDescriptors();
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  const fingerprint = fingerprints();
  const all: SarifResult[] = [];
  let ruleErrors = 0;
  for (const result of run.results) {
    const artifact = artifactLocation(result.filePath, cwd, baseDir);
    for (const diagnostic of result.diagnostics) {
      let ruleIndex = indexOf.get(diagnostic.ruleId);
      if (ruleIndex === undefined) {
        ruleIndex = rules.length;
        rules.push(unknownDescriptor(diagnostic.ruleId, diagnostic.severity));
        indexOf.set(diagnostic.ruleId, ruleIndex);
      }
      if (diagnostic.ruleId === RULE_ERROR) ruleErrors++;
      all.push({
        ruleId: diagnostic.ruleId,
        ruleIndex,
        level: diagnostic.severity,
        message: { text: messageText(diagnostic) },
        locations: [
          { physicalLocation: { artifactLocation: { ...artifact }, region: region(diagnostic) } },
        ],
        partialFingerprints: {
          [FINGERPRINT_KEY]: fingerprint(diagnostic.ruleId, artifact.uri, diagnostic.message),
        },
      });
    }
  }
  const results = capResults(all, MAX_SARIF_RESULTS);
  const omitted = all.length - results.length;
  const notifications: SarifNotification[] = [];
  if (ruleErrors > 0) {
    notifications.push({
      level: 'error',
      message: {
        text: `A rule failed ${plural(ruleErrors, 'time')}: those files were not fully checked (see the ${RULE_ERROR} results).`,
      },
    });
  }
  if (omitted > 0) {
    notifications.push({
      level: 'warning',
      message: {
        text: `${plural(omitted, 'result')} left out: GitHub code scanning accepts at most ${plural(MAX_SARIF_RESULTS, 'result')} per run, so ${plural(results.length, 'result')} of ${all.length.toLocaleString('en-US')} are included, errors first. The stylish and json formats list them all.`,
      },
    });
  }
  const invocation: SarifInvocation = { executionSuccessful: ruleErrors === 0 };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;
  const category = options.category?.replace(/\/?$/, '/');
  const sarifRun: SarifRun = {
    tool: {
      driver: {
        name: 'postmortem-lint',
        version: VERSION,
        semanticVersion: VERSION,
        informationUri: REPOSITORY_URL,
        rules,
      },
    },
    ...(category === undefined ? {} : { automationDetails: { id: category } }),
    invocations: [invocation],
    originalUriBaseIds: {
      [SRCROOT]: {
        description: {
          text: 'The directory artifact URIs are relative to: the repository root in the GitHub Action, the working directory on the command line.',
        },
      },
    },
    columnKind: 'utf16CodeUnits',
    results,
    ...(omitted > 0 ? { properties: { omittedResults: omitted } } : {}),
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [sarifRun],
  };
}

export function formatSarif(run: LintRun, options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(run, options), null, 2)}\n`;
}
