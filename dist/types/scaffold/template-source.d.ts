export declare const TEMPLATE_FILE_NAME = "TEMPLATE.md";
export interface TemplateSource {
    /** LF line endings, no BOM: the text the parser sees. */
    text: string;
    /** The file it came from, or null for the built-in template. */
    path: string | null;
    /**
     * Why the folder's `TEMPLATE.md` was not used (it is over the size limit, or not a regular
     * file), when the built-in template stands in for it.
     */
    warning?: string;
}
/**
 * The repository's `TEMPLATE.md` in `dir` when there is one, else the built-in template. The file
 * is read with the size limit (`maxFileSize`): one over it is never read into memory, and the
 * built-in template is used instead, with a warning.
 */
export declare function findTemplate(dir: string, maxFileSize?: number): Promise<TemplateSource>;
