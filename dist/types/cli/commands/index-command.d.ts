import type { ResolvedConfig } from '../../config/types.js';
import { type CorpusIndex } from '../../corpus/corpus-index.js';
import { type CliIo, type Command, type OptionSpecs, type ParsedArgs } from '../command.js';
/** Options shared by `index` and `report`: where the output goes. */
export declare const OUT_OPTION: OptionSpecs;
export interface LoadedCorpus {
    config: ResolvedConfig;
    index: CorpusIndex;
}
/**
 * Lints the postmortems named by `targets` (the config's `files` globs when none) and returns the
 * corpus index, paths shown relative to the working directory. A target matching nothing throws
 * NoFilesError, as for `lint`.
 */
export declare function indexCorpus(targets: string[], values: ParsedArgs['values'], io: CliIo, now: Date): Promise<LoadedCorpus>;
/** Reads an index written by `postmortem-lint index`. */
export declare function readCorpusIndex(path: string, io: CliIo): Promise<CorpusIndex>;
/** Writes `text` to `--out` (creating folders) or to stdout. */
export declare function writeOutput(text: string, values: ParsedArgs['values'], io: CliIo): Promise<void>;
/** `owner/name` of a GitHub remote URL (https, ssh or git@ form); null for anything else. */
export declare function repositoryOfRemote(url: string): string | null;
/**
 * The repository an index records: `--repository`, else the `origin` remote read from
 * `.git/config` (no git command is run), else the folder's name.
 */
export declare function defaultRepository(cwd: string): Promise<string>;
export declare const indexCommand: Command;
