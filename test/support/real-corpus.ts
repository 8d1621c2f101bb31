import { existsSync, readdirSync } from 'node:fs';
import { describe } from '@jest/globals';

/**
 * The external real corpus: public postmortems of other organisations, kept outside the project
 * (their texts never enter it). Its checks run only when POSTMORTEM_CORPUS_DIR names a folder, as
 * markdownlint runs its external test repositories; `.ci/run` sets it when the folder is there.
 */
export const REAL_CORPUS_DIR: string | null =
  process.env.POSTMORTEM_CORPUS_DIR && existsSync(process.env.POSTMORTEM_CORPUS_DIR)
    ? process.env.POSTMORTEM_CORPUS_DIR
    : null;

/** `describe` when the corpus is there, else `describe.skip` (the suite reports as skipped). */
export const describeRealCorpus = REAL_CORPUS_DIR === null ? describe.skip : describe;

/** The corpus's Markdown files, sorted (none without the corpus). */
export function realCorpusFiles(): string[] {
  if (REAL_CORPUS_DIR === null) return [];
  return readdirSync(REAL_CORPUS_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort();
}
