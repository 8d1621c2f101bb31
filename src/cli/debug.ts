import { performance } from 'node:perf_hooks';
import type { CliIo } from './command.js';

/**
 * `--debug`: what the run decided and how long each phase took, on stderr, one plain line each
 * (`postmortem-lint: debug: …`, never coloured), so that it can be read, grepped and pasted into
 * an issue. Does nothing when off.
 */
export class DebugLog {
  readonly enabled: boolean;
  private readonly io: CliIo;

  constructor(enabled: boolean, io: CliIo) {
    this.enabled = enabled;
    this.io = io;
  }

  log(text: string): void {
    if (this.enabled) this.io.stderr(`postmortem-lint: debug: ${text}\n`);
  }

  /** Runs one phase and logs `phase NAME: N ms` once it is done (or failed). */
  async time<T>(phase: string, work: () => Promise<T>): Promise<T> {
    if (!this.enabled) return work();
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.log(`phase ${phase}: ${Math.round(performance.now() - start)} ms`);
    }
  }
}
