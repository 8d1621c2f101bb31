import { type CliIo } from './command.js';
export type { CliIo } from './command.js';
/** Runs the CLI; returns the exit code (0 clean, 1 findings, 2 usage or configuration error). */
export declare function main(argv: string[], io: CliIo): Promise<number>;
