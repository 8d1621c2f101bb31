export interface FrontmatterIssue {
    key: string | null;
    message: string;
}
/** Schema problems in frontmatter fields other than the six the required-metadata rule owns. */
export declare function validateFrontmatter(data: Record<string, unknown>): FrontmatterIssue[];
