import { buildPostmortem } from '../../src/model/build.js';
import { DEFAULT_PARSE_OPTIONS } from '../../src/model/parse-options.js';
import type { Postmortem } from '../../src/model/types.js';
import { lintBytes } from '../../src/engine/pipeline.js';
import { fileResult } from '../../src/diagnostics/diagnostics.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { config } from '../support/lint.js';
import { referenceAsFrontmatter, referenceText } from '../support/reference.js';

const NOW = new Date('2026-02-06T12:00:00Z');

/** Keys that hold positions, or labels that legitimately differ between the two forms. */
const FORM_SPECIFIC = new Set(['span', 'timeSpan', 'bodySpan', 'start', 'end', 'label']);

/** The model's content without positions, so two forms of one postmortem can be compared. */
function content(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(content);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !FORM_SPECIFIC.has(key))
      .map(([key, inner]) => [key, content(inner)]),
  );
}

function comparable(model: Postmortem): Record<string, unknown> {
  // The frontmatter form adds a `title` field; the header form's title is its heading.
  const fields = Object.fromEntries(
    Object.entries(model.metadata.fields).filter(([key]) => key !== 'title'),
  );
  return {
    title: model.title?.text,
    fields: content(fields),
    severity: content(model.severity),
    sections: model.sections.map((section) => [section.title, section.depth]),
    timeline: content(model.timeline),
    fiveWhys: content(model.fiveWhys),
    actionItems: content(model.actionItems),
    distribution: model.distribution?.text,
    followUpMeeting: content(model.followUpMeeting),
    signOff: model.signOff?.text,
    contributingFactors: content(model.contributingFactors),
    patternAnalysis: content(model.patternAnalysis),
  };
}

function lint(bytes: Uint8Array): Diagnostic[] {
  const outcome = lintBytes('postmortems/reference.md', bytes, config(), NOW);
  return fileResult(outcome.path, outcome.diagnostics).diagnostics;
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

function withBom(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(BOM.length + bytes.length);
  out.set(BOM);
  out.set(bytes, BOM.length);
  return out;
}

describe('the reference postmortem as a model', () => {
  const header = buildPostmortem('a.md', referenceText(), DEFAULT_PARSE_OPTIONS);
  const frontmatter = buildPostmortem('b.md', referenceAsFrontmatter(), DEFAULT_PARSE_OPTIONS);

  test('header and frontmatter forms give the same content', () => {
    expect(header.metadata.source).toBe('header');
    expect(frontmatter.metadata.source).toBe('frontmatter');
    expect(comparable(frontmatter)).toEqual(comparable(header));
  });

  test('the model holds what the reference states', () => {
    const model = comparable(header);
    expect(Object.keys(model.fields as object).sort()).toEqual(
      ['author', 'date', 'duration', 'id', 'reviewers', 'severity', 'status'].sort(),
    );
    expect(header.severity).toMatchObject({ level: 1, label: 'SEV-1' });
    expect(header.timeline?.entries).toHaveLength(13);
    expect(header.fiveWhys?.whys.filter((step) => step.answer !== null)).toHaveLength(5);
    expect(header.actionItems?.items).toHaveLength(8);
    expect(header.contributingFactors).toHaveLength(4);
    expect(header.followUpMeeting?.date).toBe('2026-02-08');
  });

  test('the frontmatter form only shifts lines: same entries, further down', () => {
    const shift = frontmatter.timeline!.span.start.line - header.timeline!.span.start.line;
    expect(shift).not.toBe(0);
    expect(frontmatter.timeline!.entries.map((entry) => entry.span.start.line - shift)).toEqual(
      header.timeline!.entries.map((entry) => entry.span.start.line),
    );
  });
});

describe('the reference postmortem read from bytes', () => {
  const original = referenceText();
  const expected = lint(encode(original));

  test.each([
    ['CRLF line endings', encode(original.replace(/\n/g, '\r\n'))],
    ['a UTF-8 byte order mark', withBom(encode(original))],
    ['CRLF and a byte order mark', withBom(encode(original.replace(/\n/g, '\r\n')))],
  ])('lints the same with %s', (_name, bytes) => {
    expect(lint(bytes)).toEqual(expected);
  });

  test('findings keep their lines and columns with CRLF and a byte order mark', () => {
    // Edits that give findings in several places: a wrong duration, a removed answer, a long gap.
    const edited = original
      .replace(/^(\*\*Duration:\*\*).*$/m, '$1 3 hours')
      .replace(/^(1\. \*\*Why[^\n]*\n)[^\n]*\n/m, '$1')
      .replace(/^\| \*\*14:45\*\*.*\n\| \*\*15:00\*\*.*\n/m, '');
    const findings = lint(encode(edited));
    expect(new Set(findings.map((d) => d.ruleId))).toEqual(
      new Set(['timeline-consistency', 'five-whys', 'timeline-granularity']),
    );
    expect(lint(withBom(encode(edited.replace(/\n/g, '\r\n'))))).toEqual(findings);
  });

  test('the frontmatter form lints the same with CRLF and a byte order mark', () => {
    const text = referenceAsFrontmatter();
    expect(lint(withBom(encode(text.replace(/\n/g, '\r\n'))))).toEqual(lint(encode(text)));
  });
});
