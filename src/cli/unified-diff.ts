/**
 * Unified diffs (`diff -u`, what `git apply` and `patch -p1` read) of a file before and after its
 * fixes, for `--fix-dry-run`. Lines are compared with their line ending, so a change of the final
 * newline or of CRLF shows.
 */

/** Edit-script length past which the diff is one hunk replacing the whole middle (never slow). */
const MAX_EDITS = 2000;

type Op = { kind: ' ' | '-' | '+'; line: string };

/** The lines of a text, each with its `\n` (the last one may have none). */
function linesOf(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

/**
 * Myers' O(ND) shortest edit script from `a` to `b`, or null past MAX_EDITS. `trace[d]` holds,
 * for each diagonal k in -d..d, how far the furthest path with d edits reaches along `a`.
 */
function myers(a: readonly string[], b: readonly string[]): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, MAX_EDITS); d++) {
    const reached = new Int32Array(2 * d + 1);
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
      let x = down ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      reached[k + d] = x;
      if (x >= n && y >= m) {
        trace.push(reached);
        return backtrack(trace, a, b);
      }
    }
    trace.push(reached);
  }
  return null;
}

function backtrack(trace: readonly Int32Array[], a: readonly string[], b: readonly string[]): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d > 0; d--) {
    const previous = trace[d - 1];
    const at = (k: number): number => previous[k + d - 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    const startX = down ? previousX : previousX + 1;
    while (x > startX) {
      ops.push({ kind: ' ', line: a[--x] });
      y--;
    }
    if (down) ops.push({ kind: '+', line: b[--y] });
    else ops.push({ kind: '-', line: a[--x] });
    x = previousX;
    y = previousY;
  }
  while (x > 0) {
    ops.push({ kind: ' ', line: a[--x] });
    y--;
  }
  return ops.reverse();
}

/** The edit script: common start and end kept as they are, Myers (or one replacement) between. */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  const middle = myers(middleA, middleB) ?? [
    ...middleA.map((line): Op => ({ kind: '-', line })),
    ...middleB.map((line): Op => ({ kind: '+', line })),
  ];
  return [
    ...a.slice(0, start).map((line): Op => ({ kind: ' ', line })),
    ...middle,
    ...a.slice(endA).map((line): Op => ({ kind: ' ', line })),
  ];
}

function range(start: number, count: number): string {
  // `diff -u`: a hunk that adds to an empty range names the line before it.
  const first = count === 0 ? start : start + 1;
  return count === 1 ? String(first) : `${first},${count}`;
}

export interface DiffOptions {
  /** Unchanged lines shown around each change (default 3, as `diff -u`). */
  context?: number;
  /** Colour removed lines red, added lines green and hunk headers cyan. */
  color?: boolean;
}

/**
 * The unified diff from `before` to `after`, headed `--- a/<path>` and `+++ b/<path>`; empty when
 * the texts are equal.
 */
export function unifiedDiff(
  path: string,
  before: string,
  after: string,
  options: DiffOptions = {},
): string {
  if (before === after) return '';
  const context = options.context ?? 3;
  const paint = (code: number, text: string): string =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  const ops = editScript(linesOf(before), linesOf(after));
  const changed = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));

  // Hunks: runs of changes closer than 2 × context lines, with their context around them.
  const hunks: Array<{ from: number; to: number }> = [];
  for (const index of changed) {
    const last = hunks[hunks.length - 1];
    if (last && index - last.to <= 2 * context + 1) last.to = index;
    else hunks.push({ from: index, to: index });
  }

  const out = [paint(1, `--- a/${path}`), paint(1, `+++ b/${path}`)];
  // Lines of each side before op i, for the hunk headers.
  const oldBefore: number[] = [];
  const newBefore: number[] = [];
  let oldLine = 0;
  let newLine = 0;
  for (const op of ops) {
    oldBefore.push(oldLine);
    newBefore.push(newLine);
    if (op.kind !== '+') oldLine++;
    if (op.kind !== '-') newLine++;
  }
  for (const hunk of hunks) {
    const from = Math.max(0, hunk.from - context);
    const to = Math.min(ops.length - 1, hunk.to + context);
    const slice = ops.slice(from, to + 1);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    out.push(
      paint(36, `@@ -${range(oldBefore[from], oldCount)} +${range(newBefore[from], newCount)} @@`),
    );
    for (const op of slice) {
      const text = `${op.kind}${op.line.replace(/\n$/, '')}`;
      out.push(op.kind === '-' ? paint(31, text) : op.kind === '+' ? paint(32, text) : text);
      if (!op.line.endsWith('\n')) out.push('\\ No newline at end of file');
    }
  }
  return `${out.join('\n')}\n`;
}
