import { buildPostmortem } from '../../src/model/build.js';
import { DEFAULT_PARSE_OPTIONS } from '../../src/model/parse-options.js';

const levelOf = (written: string, aliases: Record<string, number> = {}): number | null =>
  buildPostmortem('postmortems/x.md', `# Outage\n\n**Severity:** ${written}\n\n## Summary\n`, {
    ...DEFAULT_PARSE_OPTIONS,
    severityAliases: aliases,
  }).severity?.level ?? null;

describe('severity as real documents write it', () => {
  test.each([
    ['SEV1', 1],
    ['SEV-2', 2],
    ['Sev 2', 2],
    ['sev_3', 3],
    ['S1', 1],
    ['P0', 1],
    ['P1', 1],
    ['P4', 4],
    ['Priority 1', 1],
    ['Severity 2', 2],
    ['Level 3', 3],
    ['Impact level 2', 2],
    ['2', 2],
    ['SEV-1 (Critical)', 1],
    ['SEV-1 – full outage', 1],
    ['**SEV-2**', 2],
    ['Critical', 1],
    ['High', 2],
    ['Major', 2],
    ['Medium', 3],
    ['Moderate', 3],
    ['Minor', 3],
    ['Low', 4],
    ['Cosmetic', 5],
    ['high impact', 2],
  ])('%s is level %i', (written, level) => {
    expect(levelOf(written)).toBe(level);
  });

  test.each(['Medium-ish', 'SEV-12', 'SEV-7', 'bad', '2026-01-05', '1.5'])(
    '%s is not mapped',
    (written) => {
      expect(levelOf(written)).toBeNull();
    },
  );

  test('severityAliases override the default table and add spellings', () => {
    expect(levelOf('Minor', { Minor: 4 })).toBe(4);
    expect(levelOf('Medium-ish', { 'medium-ish': 3 })).toBe(3);
    expect(levelOf('P1', { P0: 1, P1: 2 })).toBe(2);
  });

  test('the field is read under the labels teams use', () => {
    for (const label of ['Priority', 'Impact level', 'Severity level', 'Incident severity']) {
      const built = buildPostmortem(
        'postmortems/x.md',
        `# Outage\n\n**${label}:** High\n`,
        DEFAULT_PARSE_OPTIONS,
      );
      expect(built.severity?.level).toBe(2);
    }
    const toml = buildPostmortem(
      'postmortems/x.md',
      '+++\nimpact_level = "Critical"\n+++\n',
      DEFAULT_PARSE_OPTIONS,
    );
    expect(toml.severity?.level).toBe(1);
  });
});
