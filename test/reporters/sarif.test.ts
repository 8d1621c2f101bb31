import { toSarif, type SarifLog } from '../../src/reporters/sarif.js';
import { RULES } from '../../src/rules/index.js';
import { ruleDocsUrl } from '../../src/rules/docs-url.js';
import { VERSION } from '../../src/version.js';
import { sampleRun } from './sample-run.js';

/** The structure SARIF 2.1.0 requires (and GitHub code scanning reads). Returns the problems found. */
function sarifProblems(log: SarifLog): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) problems.push(what);
  };
  check(log.version === '2.1.0', 'version must be "2.1.0"');
  check(typeof log.$schema === 'string' && log.$schema.includes('sarif'), '$schema');
  check(Array.isArray(log.runs) && log.runs.length > 0, 'runs');
  for (const run of log.runs) {
    const driver = run.tool?.driver;
    check(typeof driver?.name === 'string' && driver.name !== '', 'tool.driver.name');
    const ids = new Set<string>();
    for (const rule of driver.rules) {
      check(typeof rule.id === 'string' && !ids.has(rule.id), `unique rule id ${rule.id}`);
      ids.add(rule.id);
      check(
        ['error', 'warning', 'note', 'none'].includes(rule.defaultConfiguration.level),
        `level of ${rule.id}`,
      );
      check(/^https:\/\//.test(rule.helpUri), `helpUri of ${rule.id}`);
    }
    for (const result of run.results) {
      check(
        typeof result.message?.text === 'string' && result.message.text !== '',
        'result.message.text',
      );
      check(driver.rules[result.ruleIndex]?.id === result.ruleId, `ruleIndex of ${result.ruleId}`);
      check(['error', 'warning', 'note', 'none'].includes(result.level), 'result.level');
      for (const location of result.locations) {
        const { artifactLocation, region } = location.physicalLocation;
        check(
          !artifactLocation.uri.includes('\\') && !artifactLocation.uri.startsWith('/'),
          `relative uri ${artifactLocation.uri}`,
        );
        check(
          Object.values(region).every((value) => Number.isInteger(value) && value >= 1),
          'region values >= 1',
        );
        check(
          region.endLine > region.startLine ||
            (region.endLine === region.startLine && region.endColumn >= region.startColumn),
          'region end after start',
        );
      }
    }
  }
  return problems;
}

describe('SARIF', () => {
  const log = toSarif(sampleRun(), { cwd: '/repo' });

  test('has the required SARIF 2.1.0 structure', () => {
    expect(sarifProblems(log)).toEqual([]);
  });

  test('describes the tool and every rule with its docs link and default level', () => {
    const { driver } = log.runs[0].tool;
    expect(driver).toMatchObject({ name: 'postmortem-lint', version: VERSION });
    for (const rule of RULES) {
      expect(driver.rules).toContainEqual({
        id: rule.meta.id,
        shortDescription: { text: rule.meta.description },
        helpUri: ruleDocsUrl(rule.meta.id),
        defaultConfiguration: { level: rule.meta.defaultSeverity },
      });
    }
    expect(driver.rules.map((rule) => rule.id)).toEqual(
      expect.arrayContaining(['invalid-file', 'invalid-frontmatter']),
    );
  });

  test('one result per finding, with level, message and region (end column exclusive)', () => {
    const [first, second, third] = log.runs[0].results;
    expect(first).toMatchObject({
      ruleId: 'blameless-language',
      level: 'error',
      message: { text: 'Blaming language "careless". Suggestion: Name the missing safeguard.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'postmortems/2026/outage.md' },
            region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 9 },
          },
        },
      ],
    });
    expect(second).toMatchObject({ ruleId: 'action-items', level: 'warning' });
    expect(third.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'postmortems/binary%20file.md',
    );
    expect(log.runs[0].results).toHaveLength(3);
  });

  test('a file outside the base directory gets a file: URI', () => {
    const outside = toSarif(sampleRun(), { cwd: '/repo', baseDir: 'postmortems/2026' });
    const uris = outside.runs[0].results.map(
      (result) => result.locations[0].physicalLocation.artifactLocation.uri,
    );
    expect(uris).toEqual(['outage.md', 'outage.md', 'file:///repo/postmortems/binary%20file.md']);
  });
});
