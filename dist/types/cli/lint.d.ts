import type { ResolvedConfig } from '../config/types.js';
import { type CliIo, type Command, type OptionValues } from './command.js';
/**
 * The configuration that applies to `targets` (found from them upwards, or `--config`), with the
 * `--rule` settings of `values` on top. Throws ConfigError.
 */
export declare function configFor(targets: string[], values: OptionValues, io: CliIo): Promise<ResolvedConfig>;
/**
 * The configuration and files of the command line's targets (`--config` when given), as every
 * command reading postmortems needs them. Throws ConfigError, or NoFilesError when a target
 * matches nothing (main turns both into exit code 2).
 */
export declare function configAndFiles(targets: string[], values: OptionValues, io: CliIo): Promise<{
    config: ResolvedConfig;
    files: string[];
}>;
export declare const lintCommand: Command;
