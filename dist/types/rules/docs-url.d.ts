/** Where the project lives; rule documentation links point into it. */
export declare const REPOSITORY_URL = "https://github.com/postmortem-lint/postmortem-lint";
/** The doc page of a rule (`docs/rules/<id>.md`), for reporters' help links. */
export declare function ruleDocsUrl(ruleId: string): string;
