// The public API of postmortem-lint (package entry point, bundled as dist/api.js).
export { lintFiles, type LintFilesOptions } from './engine/lint-files.js';
export { lintText } from './engine/pipeline.js';
export { loadConfig, ConfigError, type LoadConfigOptions } from './config/load.js';
export { resolveConfig, defaultConfig } from './config/resolve.js';
export { buildConfigSchema } from './config/schema.js';
export { discoverFiles, NoFilesError } from './files/discover.js';
export { buildPostmortem } from './model/build.js';
export { buildIndexEntry, type IndexEntry } from './corpus/index-entry.js';
export { RULES, ruleById } from './rules/index.js';
export { ruleDocsUrl } from './rules/docs-url.js';
export { formatStylish, type StylishOptions } from './reporters/stylish.js';
export {
  toEslintJson,
  formatJson,
  type EslintFileResult,
  type EslintMessage,
} from './reporters/json.js';
export { toSarif, formatSarif, type SarifLog } from './reporters/sarif.js';
export type { CorpusIndex, FailedFile } from './corpus/corpus-index.js';
export { loadProject, type ProjectRequest } from './app/project.js';
export { lintPostmortems, type LintRequest } from './app/lint.js';
export {
  corpusIndexOf,
  indexingConfig,
  indexPostmortems,
  type IndexRequest,
} from './app/corpus.js';
export { buildTrendReport } from './app/report.js';
export { reportFromIndex, reportSettings, type ReportSettings } from './trends/run.js';
export { mergeIndexes } from './trends/run.js';
export {
  positionCard,
  positionCardOfFile,
  cardYaml,
  DEFAULT_MTTR_TARGETS,
  type PositionCard,
  type CardOptions,
} from './app/card.js';
export { renderMarkdown } from './trends/render/document.js';
export type { MarkdownOptions } from './trends/render/tables.js';
export type { TrendReport } from './trends/report.js';
export { main } from './cli/main.js';
export { VERSION } from './version.js';
export type { ConfigFile, ResolvedConfig, RuleSetting } from './config/types.js';
export type { LintRun } from './engine/types.js';
export type { Diagnostic, FileResult } from './diagnostics/types.js';
export type { Postmortem, Span, Point } from './model/types.js';
export type { ParseOptions } from './model/parse-options.js';
export type { Rule, FileRule, CorpusRule, RuleMeta, Finding } from './rules/types.js';
