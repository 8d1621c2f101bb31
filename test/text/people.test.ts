import { describe, expect, test } from '@jest/globals';
import { isRoleHandle, namedCauses } from '../../src/text/people.js';
import { negatedAt } from '../../src/text/negation.js';

const options = { notPeople: new Set(['cassandra']), budget: { sentences: Infinity } };

/** `name (failure, form)` for each person found, for readable expectations. */
function named(text: string): string[] {
  return namedCauses(text, options).map(
    (cause) => `${cause.name} (${cause.failure}, ${cause.form})`,
  );
}

describe('namedCauses', () => {
  test.each([
    ['Dana forgot to renew the certificate.', 'Dana (forgot, subject)'],
    ['Then Dana Reyes missed the second page.', 'Dana Reyes (missed, subject)'],
    ['Sam failed to roll the flag back before the peak.', 'Sam (failed to, subject)'],
    ["Omar didn't check the replica lag first.", "Omar (didn't check, subject)"],
    ['Grace had simply forgotten the step.', 'Grace (forgotten, subject)'],
    ['Chris broke the nightly build.', 'Chris (broke, subject)'],
    ['Sofia made a mistake in the migration order.', 'Sofia (made a mistake, subject)'],
    ['Lars was careless with the feature flags.', 'Lars (was careless, subject)'],
    ['The retry loop was designed poorly by Bob.', 'Bob (designed poorly by, agent)'],
    ['The outage was caused by Alice.', 'Alice (caused by, agent)'],
    ['The lag was caused by Dana Reyes’s deploy.', 'Dana Reyes (caused by, agent)'],
    ['The alert was missed\nby @jsmith overnight.', '@jsmith (missed by, agent)'],
    ["Alice's change caused the outage.", 'Alice (caused, possessive)'],
    ['Maria’s late config change took down checkout.', 'Maria (took down, possessive)'],
    ['@jsmith accidentally deleted the bucket.', '@jsmith (accidentally, subject)'],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual([expected]);
  });

  test('every name of a compound subject, and the position of each', () => {
    const text = 'After the deploy, Dana and Sam forgot to drain the queue.';
    const causes = namedCauses(text, options);
    expect(causes.map((cause) => text.slice(cause.index, cause.index + cause.length))).toEqual([
      'Dana',
      'Sam',
    ]);
  });

  test.each([
    'The on-call engineer missed the first page.',
    '@sre-team missed the page; @org/platform forgot the runbook; @payments-oncall broke it.',
    'Kubernetes failed to schedule the pods and PagerDuty failed to page anyone.',
    'Cassandra failed to compact the table.',
    'Jenkins broke the build again.',
    'The deploy failed over to the standby region.',
    'We missed the alert because it went to an unwatched channel.',
    'Dana never forgot a step: the checklist is automated.',
    'It is not that Dana forgot anything; the reminder never fired.',
    'Dana rolled back the release and Sam restored the snapshot.',
    'Nobody is to blame, and no person caused the outage.',
    'The alert Dana wrote fired late.',
  ])('no person as the cause: %s', (text) => {
    expect(named(text)).toEqual([]);
  });
});

describe('isRoleHandle', () => {
  test.each([
    ['@sre-team', true],
    ['@org/team', true],
    ['@payments-oncall', true],
    ['@platform', true],
    ['@dependabot', true],
    ['@jsmith', false],
    ['@dana-reyes', false],
  ])('%s → %s', (handle, role) => {
    expect(isRoleHandle(handle)).toBe(role);
  });
});

describe('negatedAt', () => {
  const negated = (text: string, word: string): boolean => negatedAt(text, text.indexOf(word));
  test.each([
    ['Nobody is to blame for this.', 'blame'],
    ['We will not blame the vendor.', 'blame'],
    ['It was not anyone at fault.', 'at fault'],
    ['The logs were not evident that anything was at fault.', 'at fault'],
    ["It wasn't Dana's mistake.", 'Dana'],
  ])('negated: %s', (text, word) => {
    expect(negated(text, word)).toBe(true);
  });
  test.each([
    ['The rollout was sloppy.', 'sloppy'],
    ['No alert fired, and the change was careless.', 'careless'],
    ['We did not page anyone because the deploy was reckless.', 'reckless'],
  ])('not negated: %s', (text, word) => {
    expect(negated(text, word)).toBe(false);
  });
});

describe('the tagger budget', () => {
  test('sentences past the budget are skipped, and the budget is counted down', () => {
    const budget = { sentences: 2 };
    const text = 'Dana forgot the step. Sam broke the build. Omar missed the page.';
    const causes = namedCauses(text, { notPeople: new Set(), budget });
    expect(causes.map((cause) => cause.name)).toEqual(['Dana', 'Sam']);
    expect(budget.sentences).toBe(0);
  });
});
