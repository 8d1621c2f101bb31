import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintRun } from '../engine/types.js';
import { RULES } from '../rules/index.js';
import { REPOSITORY_URL, ruleDocsUrl } from '../rules/docs-url.js';
import type { RuleSeverity } from '../diagnostics/types.js';
import { VERSION } from '../version.js';
import { messageText } from './message.js';

/** The subset of SARIF 2.1.0 this reporter writes (what GitHub code scanning reads). */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRun {
  tool: { driver: SarifDriver };
  results: SarifResult[];
}

export interface SarifDriver {
  name: string;
  version: string;
  informationUri: string;
  rules: SarifRule[];
}

export interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: RuleSeverity };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: RuleSeverity;
  message: { text: string };
  locations: SarifLocation[];
}

export interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string };
    region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  };
}

export interface SarifOptions {
  /** Artifact URIs are relative to this directory (the repository root; default: `cwd`). */
  baseDir?: string;
  /** Directory the run's relative file paths are relative to (default: the process's). */
  cwd?: string;
}

/** Findings the engine reports before any rule runs (the file could not be read or parsed). */
const PARSE_RULES: SarifRule[] = [
  {
    id: 'invalid-file',
    shortDescription: {
      text: 'The file could not be read or parsed (not text, not UTF-8, too large).',
    },
    helpUri: `${REPOSITORY_URL}#configuration`,
    defaultConfiguration: { level: 'error' },
  },
  {
    id: 'invalid-frontmatter',
    shortDescription: { text: 'The frontmatter is not valid YAML or has invalid fields.' },
    helpUri: `${REPOSITORY_URL}/blob/main/schemas/postmortem.schema.json`,
    defaultConfiguration: { level: 'error' },
  },
];

function artifactUri(filePath: string, cwd: string, baseDir: string): string {
  const absolute = resolve(cwd, filePath);
  const inside = relative(baseDir, absolute);
  if (inside.startsWith('..') || isAbsolute(inside)) return pathToFileURL(absolute).href;
  return inside.split(sep).map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`). */
export function toSarif(run: LintRun, options: SarifOptions = {}): SarifLog {
  const cwd = options.cwd ?? process.cwd();
  const baseDir = resolve(cwd, options.baseDir ?? cwd);
  const rules: SarifRule[] = [
    ...RULES.map((rule) => ({
      id: rule.meta.id,
      shortDescription: { text: rule.meta.description },
      helpUri: ruleDocsUrl(rule.meta.id),
      defaultConfiguration: { level: rule.meta.defaultSeverity },
    })),
    ...PARSE_RULES,
  ];
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  const results: SarifResult[] = [];
  for (const result of run.results) {
    const uri = artifactUri(result.filePath, cwd, baseDir);
    for (const diagnostic of result.diagnostics) {
      let ruleIndex = indexOf.get(diagnostic.ruleId);
      if (ruleIndex === undefined) {
        // A rule outside the registry (a plugin): still a valid, linked result.
        ruleIndex = rules.length;
        rules.push({
          id: diagnostic.ruleId,
          shortDescription: { text: diagnostic.ruleId },
          helpUri: ruleDocsUrl(diagnostic.ruleId),
          defaultConfiguration: { level: diagnostic.severity },
        });
        indexOf.set(diagnostic.ruleId, ruleIndex);
      }
      results.push({
        ruleId: diagnostic.ruleId,
        ruleIndex,
        level: diagnostic.severity,
        message: { text: messageText(diagnostic) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri },
              region: {
                startLine: diagnostic.line,
                startColumn: diagnostic.column,
                endLine: diagnostic.endLine,
                endColumn: diagnostic.endColumn,
              },
            },
          },
        ],
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'postmortem-lint',
            version: VERSION,
            informationUri: REPOSITORY_URL,
            rules,
          },
        },
        results,
      },
    ],
  };
}

export function formatSarif(run: LintRun, options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(run, options), null, 2)}\n`;
}
