import type { AnnotationProperties } from '@actions/core';
import type { Diagnostic, FileResult } from '../diagnostics/types.js';
import type { RuleSeverity } from '../diagnostics/types.js';
import { messageText } from '../reporters/message.js';
import { plural } from '../text/wording.js';

/** GitHub shows at most this many error and this many warning annotations of one step. */
export const SHOWN_PER_SEVERITY = 10;

export interface Annotation {
  severity: RuleSeverity;
  message: string;
  properties: AnnotationProperties;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  hiddenErrors: number;
  hiddenWarnings: number;
}

/**
 * Where a finding shows in the diff. GitHub's columns are inclusive and allowed only on a one-line
 * range; the engine's end column is exclusive.
 */
export function annotationProperties(
  filePath: string,
  diagnostic: Diagnostic,
): AnnotationProperties {
  const oneLine = diagnostic.line === diagnostic.endLine;
  return {
    file: filePath,
    startLine: diagnostic.line,
    endLine: diagnostic.endLine,
    startColumn: oneLine ? diagnostic.column : undefined,
    endColumn: oneLine ? Math.max(diagnostic.column, diagnostic.endColumn - 1) : undefined,
    title: diagnostic.ruleId,
  };
}

/**
 * The annotations worth emitting: errors first, then warnings, each in file order and capped at
 * what GitHub displays (the rest would be dropped silently; the caller says how many).
 * `results` carry repository-relative paths.
 */
export function planAnnotations(
  results: readonly FileResult[],
  limit = SHOWN_PER_SEVERITY,
): AnnotationPlan {
  const of = (severity: RuleSeverity): Annotation[] =>
    results.flatMap((result) =>
      result.diagnostics
        .filter((diagnostic) => diagnostic.severity === severity)
        .map((diagnostic) => ({
          severity,
          message: messageText(diagnostic),
          properties: annotationProperties(result.filePath, diagnostic),
        })),
    );
  const errors = of('error');
  const warnings = of('warning');
  return {
    annotations: [...errors.slice(0, limit), ...warnings.slice(0, limit)],
    hiddenErrors: Math.max(0, errors.length - limit),
    hiddenWarnings: Math.max(0, warnings.length - limit),
  };
}

/** The notice for findings GitHub would not display, or null when every one is shown. */
export function hiddenAnnotationsNotice(plan: AnnotationPlan, where: string): string | null {
  const hidden = [
    plan.hiddenErrors > 0 ? plural(plan.hiddenErrors, 'error') : null,
    plan.hiddenWarnings > 0 ? plural(plan.hiddenWarnings, 'warning') : null,
  ].filter((part): part is string => part !== null);
  if (hidden.length === 0) return null;
  return (
    `${hidden.join(' and ')} not shown as annotations (GitHub displays ${SHOWN_PER_SEVERITY} of each per step). ` +
    `Every finding is listed in ${where}.`
  );
}
