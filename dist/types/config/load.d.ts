import type { ResolvedConfig } from './types.js';
/** A configuration file that cannot be used. The message names the file, the key and, for YAML, the line. */
export declare class ConfigError extends Error {
    readonly file: string | null;
    readonly key: string | null;
    readonly line: number | null;
    constructor(message: string, details: {
        file: string | null;
        key?: string | null;
        line?: number | null;
    });
}
export interface LoadConfigOptions {
    /** An explicit config file (`--config`); relative paths are resolved against `cwd`. */
    configPath?: string;
    /** Directory where the upward search for `.postmortemrc.*` starts (the targets' common ancestor). */
    searchFrom: string;
    /** Paths in messages are shown relative to this directory (default: the process's). */
    cwd?: string;
    /**
     * Rule settings from the command line (`--rule`), by rule id, applied over the file's: a
     * severity alone keeps the file's options for that rule. Validated as a config file's `rules`
     * are; messages name `--rule` instead of a file.
     */
    ruleOverrides?: Record<string, unknown>;
}
/**
 * Reads, parses and validates one config file; the result has the built-in defaults applied. Its
 * patterns are relative to `baseDir` (default: the file's directory).
 */
export declare function readConfigFile(path: string, cwd?: string, baseDir?: string): Promise<ResolvedConfig>;
/**
 * The configuration for a run: `configPath` when given (its patterns then relative to `cwd`, as
 * ESLint's `--config`), else the first `.postmortemrc.yml`, `.postmortemrc.yaml` or
 * `.postmortemrc.json` found in `searchFrom` or an ancestor directory (patterns relative to that
 * file), else the built-in defaults (patterns relative to `cwd`); `ruleOverrides` on top. Throws
 * ConfigError.
 */
export declare function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig>;
/** The names of the config files looked for in each directory, in the order they are looked for. */
export declare const CONFIG_FILES: readonly string[];
