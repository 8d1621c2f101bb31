import { blankOut, findFrontmatterBlock } from '../../src/parse/frontmatter-block.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';

const block = (text: string) => {
  const found = findFrontmatterBlock(text);
  return (
    found && {
      language: found.language,
      value: text.slice(found.valueStart, found.valueEnd),
      rest: text.slice(found.end),
    }
  );
};

describe('findFrontmatterBlock', () => {
  test('YAML, TOML and a named language, at the top', () => {
    expect(block('---\na: 1\n---\n# T\n')).toEqual({
      language: 'yaml',
      value: 'a: 1',
      rest: '\n# T\n',
    });
    expect(block('+++\na = 1\n+++\n')).toEqual({ language: 'toml', value: 'a = 1', rest: '\n' });
    expect(block('---js\nmodule.exports = {}\n---\n')?.language).toBe('js');
    expect(block('---\n---\n')).toEqual({ language: 'yaml', value: '', rest: '\n' });
    expect(block('---\na: 1\n...\n')?.value).toBe('a: 1');
  });

  test('after blank lines and one-line HTML comments', () => {
    expect(block('<!-- source: wiki -->\n---\na: 1\n---\n')?.value).toBe('a: 1');
    expect(block('<!-- one -->\n\n<!-- two -->\n+++\na = 1\n+++\n')?.language).toBe('toml');
  });

  test('not after text, a multi-line comment or too many lines; never when unclosed', () => {
    expect(block('Intro\n---\na: 1\n---\n')).toBeNull();
    expect(block('<!--\nsource\n-->\n---\na: 1\n---\n')).toBeNull();
    expect(block(`${'<!-- x -->\n'.repeat(11)}---\na: 1\n---\n`)).toBeNull();
    expect(block('---\na: 1\n')).toBeNull();
    expect(block('+++\na = 1\n---\n')).toBeNull();
  });

  test('blankOut keeps every newline and offset', () => {
    expect(blankOut('ab\ncd\nef', 1, 5)).toBe('a \n  \nef');
  });

  test('linear time on a long unclosed block', () => {
    const text = (size: number): string => `<!-- c -->\n---\n${'a: 1\n'.repeat(size)}`;
    expect(growthRatio(text, findFrontmatterBlock, 20_000, { samples: 9 })).toBeLessThan(
      LINEAR_GROWTH,
    );
  });
});
