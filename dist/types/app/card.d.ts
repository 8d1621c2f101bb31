import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { IndexEntry } from '../corpus/index-entry.js';
/**
 * The practice's position card of one postmortem: what it claims, the plan, where the evidence
 * is, how far to trust it and what is at risk. Schema: schemas/position-card.schema.json.
 */
export interface PositionCard {
    position_card: {
        agent: 'postmortem';
        claims: string[];
        plan: Array<{
            id: string | null;
            action: string;
            owner: string | null;
            deadline: string | null;
            status: string | null;
        }>;
        evidence_pointers: Array<{
            kind: 'postmortem' | 'runbook' | 'document';
            ref: string;
        }>;
        /** 0–1: 1 for a postmortem with no findings, lower for each error and warning. */
        confidence: number;
        risks: string[];
    };
}
/**
 * Time-to-restore targets by severity level (minutes) the card measures against: an hour for
 * SEV-1, four for SEV-2, a day for SEV-3 (override with `mttrTargets`).
 */
export declare const DEFAULT_MTTR_TARGETS: Record<string, number>;
export interface CardOptions {
    mttrTargets?: Record<string, number>;
}
/** The card of one modelled postmortem, its findings and its text. */
export declare function positionCard(entry: IndexEntry, diagnostics: readonly Diagnostic[], text: string, options?: CardOptions): PositionCard;
/** The card of a postmortem file, linted with `config` as of `now`; null when it cannot be modelled. */
export declare function positionCardOfFile(path: string, config: ResolvedConfig, now: Date, options?: CardOptions): Promise<PositionCard | {
    error: string;
}>;
/** The card as YAML. */
export declare function cardYaml(card: PositionCard): string;
