import { negatedAt, rejectedInSentence } from '../../src/text/negation.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';

describe('rejectedInSentence', () => {
  const at = (text: string, word: string): boolean => rejectedInSentence(text, text.indexOf(word));

  test('a sentence that rejects focusing on a person', () => {
    expect(
      at('While it looks like human error, it is incorrect to focus on the individual.', 'human'),
    ).toBe(true);
    expect(at('Instead of blaming the engineer, we fixed the script.', 'blaming')).toBe(true);
    expect(at('It would be unfair to single out anyone for the careless paste.', 'careless')).toBe(
      true,
    );
  });

  test('only in the same sentence, and only when aimed at people', () => {
    expect(at('It was human error. It is incorrect to focus on the individual.', 'human')).toBe(
      false,
    );
    expect(at('Rather than blaming the tooling, it was human error.', 'human')).toBe(false);
    expect(negatedAt('It was human error.', 7)).toBe(false);
  });

  test('bounded: the time per call does not grow with the text around it', () => {
    const ratio = growthRatio(
      (size) => `${'word '.repeat(size)}human error ${'word '.repeat(size)}`,
      (text) => {
        for (let i = 0; i < 200; i++) rejectedInSentence(text, text.indexOf('human'));
      },
      20_000,
    );
    expect(ratio).toBeLessThan(LINEAR_GROWTH);
  });
});
