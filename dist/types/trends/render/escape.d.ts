/**
 * Text taken from postmortems, made safe for a Markdown table cell or line in a report, a job
 * summary or an issue (see `inlineText`: one line, no raw HTML, no table-breaking pipe, no
 * link, no `@mention` ping), shortened to `maxLength`. `mentions` lets `@owner` ping.
 */
export declare function escapeMarkdown(text: string, options?: {
    mentions?: boolean;
    maxLength?: number;
}): string;
/** A relative link target to a file, or to one of its lines (`#L12`), path segments encoded. */
export declare function linkTarget(path: string, line: number | null): string;
