import type { ResolvedConfig } from '../config/types.js';
import type { Rule } from '../rules/types.js';
import { decodePostmortem } from '../parse/decode.js';
import {
  checkModelled,
  failedOutcome,
  modelBytes,
  type FileOutcome,
  type Modelled,
} from './pipeline.js';
import { indexContext, type Indexed } from './context-entry.js';
import { decodeRecord, encodeContextRecord, encodeRecord } from './cache/record.js';

/** One file's share of a run, as handed to a worker thread or run in-process. */
export interface FileTask {
  /** Position in the run, so results can be put back in order whatever the scheduling. */
  index: number;
  path: string;
  bytes: Uint8Array;
  /** `lint`: modelled and checked; `context`: only indexed, for the corpus rules (`indexContext`). */
  kind: 'lint' | 'context';
  /** The cache record stored for exactly these bytes, if any (lint tasks only). */
  cached: string | null;
}

export interface TaskResult {
  index: number;
  outcome: FileOutcome;
  /** A fresh cache record, when records are wanted and the file had to be modelled. */
  record: string | null;
}

/** Runs the rules on a cached model; null when the record is unusable (the file is then re-modelled). */
function reuse(
  task: FileTask,
  cached: string,
  config: ResolvedConfig,
  now: Date,
  registry: readonly Rule[] | undefined,
): FileOutcome | null {
  let modelled: Modelled;
  try {
    const decoded = decodePostmortem(task.bytes);
    modelled = decodeRecord(cached, task.path, decoded.ok ? decoded.text : null);
  } catch {
    return null;
  }
  return checkModelled(task.path, modelled, config, now, registry);
}

/** A context file's outcome: its projected entry and no findings (they are never reported). */
export function contextOutcome(path: string, indexed: Indexed): FileOutcome {
  return indexed.ok
    ? { path, diagnostics: [], entry: indexed.entry, controls: [] }
    : failedOutcome(path, indexed.problem);
}

/** The per-file pipeline on a task: bytes (or a cached model) in, findings and index entry out. */
export function runFileTask(
  task: FileTask,
  config: ResolvedConfig,
  now: Date,
  recordWanted: boolean,
  registry?: readonly Rule[],
): TaskResult {
  if (task.kind === 'context') {
    const indexed = indexContext(task.path, task.bytes, config);
    return {
      index: task.index,
      outcome: contextOutcome(task.path, indexed),
      record: recordWanted ? encodeContextRecord(indexed) : null,
    };
  }
  const reused = task.cached === null ? null : reuse(task, task.cached, config, now, registry);
  if (reused) return { index: task.index, outcome: reused, record: null };
  const modelled = modelBytes(task.path, task.bytes, config);
  return {
    index: task.index,
    outcome: checkModelled(task.path, modelled, config, now, registry),
    record: recordWanted ? encodeRecord(modelled) : null,
  };
}
