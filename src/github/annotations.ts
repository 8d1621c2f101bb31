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
  /** Error slots kept for the step's own error annotations (its failure line). */
  reservedErrors: number;
}

/** Annotations the step emits besides the findings: they count towards GitHub's limits too. */
export interface ReservedAnnotations {
  /** 1 when the step fails: core.setFailed is an error annotation too. */
  errors?: number;
  warnings?: number;
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
 * what GitHub displays, less the slots `reserved` for the step's other annotations (such as the
 * failure line), so that no annotation, the failure line included, is dropped silently; the
 * caller says how many findings were left out. `results` carry repository-relative paths.
 */
export function planAnnotations(
  results: readonly FileResult[],
  reserved: ReservedAnnotations = {},
): AnnotationPlan {
  const reservedErrors = Math.min(SHOWN_PER_SEVERITY, Math.max(0, reserved.errors ?? 0));
  const reservedWarnings = Math.min(SHOWN_PER_SEVERITY, Math.max(0, reserved.warnings ?? 0));
  const errorLimit = SHOWN_PER_SEVERITY - reservedErrors;
  const warningLimit = SHOWN_PER_SEVERITY - reservedWarnings;
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
    annotations: [...errors.slice(0, errorLimit), ...warnings.slice(0, warningLimit)],
    hiddenErrors: Math.max(0, errors.length - errorLimit),
    hiddenWarnings: Math.max(0, warnings.length - warningLimit),
    reservedErrors,
  };
}

/** The notice for findings GitHub would not display, or null when every one is shown. */
export function hiddenAnnotationsNotice(plan: AnnotationPlan, where: string): string | null {
  const hidden = [
    plan.hiddenErrors > 0 ? plural(plan.hiddenErrors, 'error') : null,
    plan.hiddenWarnings > 0 ? plural(plan.hiddenWarnings, 'warning') : null,
  ].filter((part): part is string => part !== null);
  if (hidden.length === 0) return null;
  const failureLine =
    plan.hiddenErrors > 0 && plan.reservedErrors > 0
      ? ', one of the errors being the failure line'
      : '';
  return (
    `${hidden.join(' and ')} not shown as annotations (GitHub displays ${SHOWN_PER_SEVERITY} of each per step${failureLine}). ` +
    `Every finding is listed in ${where}.`
  );
}
