import type { ResolvedConfig } from '../config/types.js';
import type { ParseProblem, Postmortem } from '../model/types.js';
import { buildPostmortem } from '../model/build.js';
import { decodePostmortem, tooLargeProblem } from '../parse/decode.js';
import { checkModel, type FileOutcome } from './check-model.js';
import { problemDiagnostic } from './diagnostics.js';

export type Modelled = { ok: true; model: Postmortem } | { ok: false; problem: ParseProblem };

/** Bytes to model: decoding, size limit and parse. Pure, so it can run in a worker or be cached. */
export function modelBytes(path: string, bytes: Uint8Array, config: ResolvedConfig): Modelled {
  if (bytes.length > config.maxFileSize)
    return { ok: false, problem: tooLargeProblem(bytes.length, config.maxFileSize) };
  const decoded = decodePostmortem(bytes);
  if (!decoded.ok) return decoded;
  try {
    return { ok: true, model: buildPostmortem(path, decoded.text, config.parse) };
  } catch (error) {
    return { ok: false, problem: internalProblem(error) };
  }
}

export function internalProblem(error: unknown): ParseProblem {
  const reason =
    error instanceof RangeError
      ? 'the document is nested too deeply'
      : String((error as Error)?.message ?? error);
  return {
    ruleId: 'invalid-file',
    message: `File could not be parsed (${reason}): not linted.`,
    span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
    fatal: true,
  };
}

/** A file that could not be modelled: one fatal finding, no index entry. */
export function failedOutcome(path: string, problem: ParseProblem): FileOutcome {
  return { path, diagnostics: [problemDiagnostic(problem)], entry: null, controls: [] };
}

/** The whole per-file pipeline: bytes in, findings and index entry out. */
export function lintBytes(
  path: string,
  bytes: Uint8Array,
  config: ResolvedConfig,
  now: Date,
): FileOutcome {
  return checkModelled(path, modelBytes(path, bytes, config), config, now);
}

/** The rules' half of the pipeline, on a fresh or cached `modelBytes` result. */
export function checkModelled(
  path: string,
  modelled: Modelled,
  config: ResolvedConfig,
  now: Date,
): FileOutcome {
  if (!modelled.ok) return failedOutcome(path, modelled.problem);
  try {
    return checkModel(modelled.model, config, now);
  } catch (error) {
    return failedOutcome(path, internalProblem(error));
  }
}

export function lintText(
  path: string,
  text: string,
  config: ResolvedConfig,
  now: Date,
): FileOutcome {
  return lintBytes(path, new TextEncoder().encode(text), config, now);
}
