import { describe, expect, test } from '@jest/globals';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import schema from '../../schemas/postmortem.schema.json' with { type: 'json' };
import { lintOne } from '../support/lint.js';
import { referenceAsFrontmatter } from '../support/reference.js';

/**
 * schemas/postmortem.schema.json accepts what the linter accepts (default configuration), so an
 * editor that applies it to the frontmatter shows no error the linter would not report; and it
 * rejects what the linter reports, where the linter's reading can be written as a schema.
 */

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const validate = addFormats(new Ajv({ allErrors: true, strict: false })).compile(schema);

const yamlString = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** The reference postmortem with one frontmatter line replaced. */
function withField(key: string, value: string): string {
  const text = referenceAsFrontmatter();
  const line = new RegExp(`^${key}: .*$`, 'm');
  expect(text).toMatch(line);
  return text.replace(line, `${key}: ${yamlString(value)}`);
}

/** The frontmatter as an editor's schema validation sees it. */
function schemaAccepts(text: string): boolean {
  const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  return validate(parse(yaml, { schema: 'core' }) as Record<string, unknown>) === true;
}

/** Whether the linter reports the field (required-metadata, invalid-frontmatter), reading the file. */
function linterAccepts(text: string, field: string): boolean {
  const findings = lintOne(text, { now: new Date('2026-02-06T12:00:00Z') }).filter(
    (d) =>
      d.ruleId === 'invalid-frontmatter' ||
      (d.ruleId === 'required-metadata' && d.message.toLowerCase().startsWith(field)),
  );
  return findings.length === 0;
}

const SEVERITIES = {
  accepted: [
    'SEV-1',
    'SEV1',
    'sev1',
    'Sev 1',
    'SEV_2',
    'sev-3',
    'SEV-1 (Critical)',
    'Sev 2 - customers affected',
    'P1',
    'p2',
    'P-3',
    'Priority 3',
    'priority 4',
    'Severity 2',
    'severity-4',
    'S1',
    's2',
    'SEV-5',
    '**SEV-1**',
    '`P2`',
    ' SEV-2 ',
    'P0',
    'critical',
    'Critical',
    'high',
    'High impact',
    'Minor (one region)',
    'level 1',
    'Impact level 2',
    '1',
  ],
  rejected: [
    'SEV',
    'SEV-12',
    'SEV-1a',
    'SEV-7',
    'P',
    'Sev one',
    'Medium-ish',
    'Critical.',
    'urgent',
  ],
};

const STATUSES = {
  accepted: [
    'Draft',
    'draft',
    'DRAFT',
    'In Review',
    'in review',
    'in-review',
    'IN_REVIEW',
    'In  Review',
    'Reviewed',
    'Completed',
    'completed',
    '✅ Completed',
    '**Closed**',
    'Closed.',
    'Completed (2026-02-10)',
    'Completed (held; notes in the wiki)',
    '(Draft)',
    'Resolved',
    'final',
    'Done',
    'Complete, action items in progress',
  ],
  rejected: [
    'Finished',
    'InReview',
    'In/Review',
    'Draft 2',
    'Completed - see notes',
    'Completed (x) (y)',
    'Reviewing',
  ],
};

describe('the frontmatter schema accepts what the linter accepts', () => {
  test.each(SEVERITIES.accepted)('severity %p: the linter and the schema accept it', (value) => {
    const text = withField('severity', value);
    expect([linterAccepts(text, 'severity'), schemaAccepts(text)]).toEqual([true, true]);
  });

  test.each(SEVERITIES.rejected)('severity %p: the linter and the schema reject it', (value) => {
    const text = withField('severity', value);
    expect([linterAccepts(text, 'severity'), schemaAccepts(text)]).toEqual([false, false]);
  });

  test.each(STATUSES.accepted)('status %p: the linter and the schema accept it', (value) => {
    const text = withField('status', value);
    expect([linterAccepts(text, 'status'), schemaAccepts(text)]).toEqual([true, true]);
  });

  test.each(STATUSES.rejected)('status %p: the linter and the schema reject it', (value) => {
    const text = withField('status', value);
    expect([linterAccepts(text, 'status'), schemaAccepts(text)]).toEqual([false, false]);
  });

  test('an unquoted YAML number is a level for both; one outside 0-5 for neither', () => {
    const text = referenceAsFrontmatter().replace(/^severity: .*$/m, 'severity: 1');
    expect([linterAccepts(text, 'severity'), schemaAccepts(text)]).toEqual([true, true]);
    const seven = referenceAsFrontmatter().replace(/^severity: .*$/m, 'severity: 7');
    expect([linterAccepts(seven, 'severity'), schemaAccepts(seven)]).toEqual([false, false]);
  });

  test('keys the linter folds (priority, incident_id) and missing fields are no schema error', () => {
    const text = referenceAsFrontmatter()
      .replace(/^severity: /m, 'priority: ')
      .replace(/^id: /m, 'incident_id: ');
    expect(lintOne(text, { now: new Date('2026-02-06T12:00:00Z') })).toEqual([]);
    expect(schemaAccepts(text)).toBe(true);
    // Missing fields are the rule's to report (it knows the configured list); the schema is silent.
    expect(schemaAccepts('---\ntitle: Outage\n---\n')).toBe(true);
  });
});
