import { Ajv } from 'ajv';
import { parse } from 'yaml';
import schema from '../../schemas/position-card.schema.json' with { type: 'json' };
import { runCli } from '../cli/run-cli.js';
import { tempTree } from '../support/lint.js';
import { TEAM, teamPostmortem } from '../trends/fixtures/team-repository.js';

const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('postmortem-lint card', () => {
  const incident = TEAM.find((entry) => entry.id === 'T-04')!;
  const text = `${teamPostmortem(incident)}\nSee the [rate limiter runbook](https://wiki.example.com/runbooks/limits) and [the design](https://docs.example.com/limits).\n`;

  it('writes the position card as YAML that matches the schema', async () => {
    const root = tempTree({ 'pm.md': text });
    const outcome = await runCli(['card', 'pm.md', '--now', '2026-12-01'], root);
    expect(outcome.code).toBe(0);
    const card = parse(outcome.stdout) as { position_card: Record<string, unknown> };
    expect(validate(card) ? [] : validate.errors).toEqual([]);
    const body = card.position_card;
    // T-04: SEV-2, 00:00 → 04:00 is 240 minutes, exactly the SEV-2 target.
    expect(body.claims).toEqual(
      expect.arrayContaining([
        'SEV-2; restored in 4 h.',
        'Time to restore within the SEV-2 target of 4 h.',
        'Root cause: A rate limiter setting was pushed with a unit typo.',
        '1 action items, 1 with an owner and a deadline.',
      ]),
    );
    expect(body.plan).toEqual([
      {
        id: 'AI-1',
        action: 'Change api step 1',
        owner: '@ana',
        deadline: '2026-05-01',
        status: 'To Do',
      },
    ]);
    expect(body.evidence_pointers).toEqual([
      { kind: 'postmortem', ref: 'pm.md' },
      { kind: 'runbook', ref: 'https://wiki.example.com/runbooks/limits' },
      { kind: 'document', ref: 'https://docs.example.com/limits' },
    ]);
    expect(body.confidence).toBeGreaterThanOrEqual(0);
    expect(body.confidence).toBeLessThan(1);
    // A short fixture: each error finding (missing sections, no timeline…) is a risk.
    expect(body.risks).toEqual(
      expect.arrayContaining([expect.stringMatching(/^required-sections \(line \d+\): Missing/)]),
    );
  });

  it('names a file that cannot be read, exit code 2', async () => {
    const root = tempTree({ 'bad.md': '\u0000\u0001' });
    const outcome = await runCli(['card', 'bad.md'], root);
    expect(outcome.code).toBe(2);
    expect((await runCli(['card'], root)).code).toBe(2);
  });
});
