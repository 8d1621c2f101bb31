/**
 * Each rule page's hand-written sections (Why, What is checked, Options: everything between the
 * generated header and the examples), as Markdown lines. Links are relative to docs/rules/. The
 * SARIF reporter turns them into `help.markdown` / `help.text`, so the bundle needs no docs/.
 */
export declare const RULE_HELP: Readonly<Record<string, readonly string[]>>;
