export declare const TEMPLATE_FILE_NAME = "TEMPLATE.md";
export interface TemplateSource {
    /** LF line endings, no BOM: the text the parser sees. */
    text: string;
    /** The file it came from, or null for the built-in template. */
    path: string | null;
}
/** The repository's `TEMPLATE.md` in `dir` when there is one, else the built-in template. */
export declare function findTemplate(dir: string): Promise<TemplateSource>;
