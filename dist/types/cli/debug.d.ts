import type { CliIo } from './command.js';
/**
 * `--debug`: what the run decided and how long each phase took, on stderr, one plain line each
 * (`postmortem-lint: debug: …`, never coloured), so that it can be read, grepped and pasted into
 * an issue. Does nothing when off.
 */
export declare class DebugLog {
    readonly enabled: boolean;
    private readonly io;
    constructor(enabled: boolean, io: CliIo);
    log(text: string): void;
    /** Runs one phase and logs `phase NAME: N ms` once it is done (or failed). */
    time<T>(phase: string, work: () => Promise<T>): Promise<T>;
}
