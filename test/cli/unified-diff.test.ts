import { unifiedDiff } from '../../src/cli/unified-diff.js';

/**
 * Applies a unified diff as `patch` does, strictly: every hunk's header counts and context lines
 * must match `before`, or it throws.
 */
function applyDiff(before: string, diff: string): string {
  const source = before === '' ? [] : before.split(/(?<=\n)/);
  const lines = diff.split('\n');
  if (lines.pop() !== '') throw new Error('a diff ends with a newline');
  const result: string[] = [];
  let at = 0;
  let i = 2;
  while (i < lines.length) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$/.exec(lines[i++]);
    if (!header) throw new Error(`not a hunk header: ${lines[i - 1]}`);
    const oldCount = header[2] === undefined ? 1 : Number(header[2]);
    const newCount = header[4] === undefined ? 1 : Number(header[4]);
    const oldStart = oldCount === 0 ? Number(header[1]) : Number(header[1]) - 1;
    while (at < oldStart) result.push(source[at++]);
    let seenOld = 0;
    let seenNew = 0;
    while (i < lines.length && !lines[i].startsWith('@@')) {
      const line = lines[i++];
      const noNewline = lines[i] === '\\ No newline at end of file';
      if (noNewline) i++;
      const text = `${line.slice(1)}${noNewline ? '' : '\n'}`;
      if (line[0] === ' ' || line[0] === '-') {
        if (source[at] !== text) throw new Error(`context mismatch at line ${at + 1}`);
        at++;
        seenOld++;
      }
      if (line[0] === ' ' || line[0] === '+') {
        result.push(text);
        seenNew++;
      }
    }
    if (seenOld !== oldCount || seenNew !== newCount) throw new Error('hunk counts are wrong');
  }
  while (at < source.length) result.push(source[at++]);
  return result.join('');
}

const numbered = (count: number): string =>
  Array.from({ length: count }, (_, i) => `line ${i + 1}\n`).join('');

describe('unified diff', () => {
  test('equal texts: no diff', () => {
    expect(unifiedDiff('a.md', 'x\n', 'x\n')).toBe('');
  });

  test('one changed line, three lines of context, diff -u headers', () => {
    const before = numbered(10);
    const after = before.replace('line 5\n', 'line five\n');
    expect(unifiedDiff('postmortems/a.md', before, after)).toBe(
      [
        '--- a/postmortems/a.md',
        '+++ b/postmortems/a.md',
        '@@ -2,7 +2,7 @@',
        ' line 2',
        ' line 3',
        ' line 4',
        '-line 5',
        '+line five',
        ' line 6',
        ' line 7',
        ' line 8',
        '',
      ].join('\n'),
    );
  });

  test('changes close together share a hunk; far apart, they get one each', () => {
    const before = numbered(30);
    const near = before.replace('line 5\n', 'five\n').replace('line 11\n', 'eleven\n');
    expect(unifiedDiff('a.md', before, near).match(/^@@/gm)).toHaveLength(1);
    const far = before.replace('line 5\n', 'five\n').replace('line 25\n', 'twenty-five\n');
    expect(unifiedDiff('a.md', before, far)).toContain('@@ -2,7 +2,7 @@');
    expect(unifiedDiff('a.md', before, far)).toContain('@@ -22,7 +22,7 @@');
  });

  test('insertions name the line before them; a missing final newline is marked', () => {
    expect(unifiedDiff('a.md', '', 'new\n')).toBe('--- a/a.md\n+++ b/a.md\n@@ -0,0 +1 @@\n+new\n');
    expect(unifiedDiff('a.md', 'x', 'x\n')).toBe(
      '--- a/a.md\n+++ b/a.md\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+x\n',
    );
  });

  test('colours: removed red, added green, hunk headers cyan', () => {
    const text = unifiedDiff('a.md', 'a\n', 'b\n', { color: true });
    expect(text).toContain('\u001b[31m-a\u001b[0m');
    expect(text).toContain('\u001b[32m+b\u001b[0m');
    expect(text).toContain('\u001b[36m@@ -1 +1 @@\u001b[0m');
  });

  test('a change too big for a shortest edit script is one replacement, still exact', () => {
    const before = numbered(3000);
    const after = before.replace(/line/g, 'row');
    const diff = unifiedDiff('a.md', before, after);
    expect(diff.split('\n')[2]).toBe('@@ -1,3000 +1,3000 @@');
    expect(applyDiff(before, diff)).toBe(after);
  });

  test('applied as patch applies it, every diff gives the new text back', () => {
    // mulberry32, seeded: the same cases on every run.
    let seed = 7;
    const random = (below: number): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
    };
    let diffs = 0;
    for (let round = 0; round < 300; round++) {
      const before = Array.from({ length: random(40) }, () => `${'abcde'[random(5)]}\n`);
      const after = [...before];
      for (let edit = random(6); edit > 0; edit--) {
        const at = random(after.length + 1);
        const kind = random(3);
        if (kind === 0) after.splice(at, 0, `${'vwxyz'[random(5)]}\n`);
        else if (kind === 1) after.splice(at, 1);
        else after.splice(at, 1, `${'vwxyz'[random(5)]}\n`);
      }
      const oldText = before.join('').replace(random(4) === 0 ? /\n$/ : /$^/, '');
      const newText = after.join('').replace(random(4) === 0 ? /\n$/ : /$^/, '');
      const diff = unifiedDiff('a.md', oldText, newText);
      if (diff !== '') diffs++;
      expect(applyDiff(oldText, diff || '--- a\n+++ b\n')).toBe(newText);
    }
    expect(diffs).toBeGreaterThan(200);
  });
});
