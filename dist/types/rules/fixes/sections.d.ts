import type { TextEdit } from '../../text/edits.js';
import type { FixContext } from '../types.js';
/** The required-sections rule's fix: missing sections, copied from the template. */
interface SectionFixOptions {
    /** Each required section: a name, or a list of accepted names (the first is the one written). */
    sections: Array<string | string[]>;
    /** More accepted names per required section, keyed by the section's first name. */
    synonyms: Record<string, string[]>;
}
/** Each required section's accepted names: its entry in `sections`, then its `synonyms`. */
export declare function acceptedNames(options: SectionFixOptions): string[][];
/**
 * Missing required sections (none written another way: {@link sectionStandIn}), each inserted
 * in template order: after the nearest earlier required section that exists, else before the
 * nearest later one, else at the end. Sections that go to
 * the same place form one insertion, so their order is kept. What goes in is the template's
 * guidance and placeholders, which no-placeholders reports until a person writes the section.
 */
export declare function sectionFixes({ model, text, options, parse, template, }: FixContext<SectionFixOptions>): TextEdit[];
export {};
