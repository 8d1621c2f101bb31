import type { Heading, List, ListItem, Paragraph, RootContent, Table, TableCell } from 'mdast';
import type { FiveWhys, Located, Span, WhyStep } from '../types.js';
import { nodeText, type ExtractContext, type SectionContent } from './context.js';
import { spanOf } from '../../parse/positions.js';
import { findSectionIndex, sectionKey, SECTION_NAMES } from '../sections.js';
import { allMatches } from '../../text/matches.js';

/** A why-question in an item, paragraph or cell: "Why did the API go down?" (bounded scan). */
const WHY_QUESTION = /\bwhy\b[^?]{0,400}\?/i;
/** A why heading: "Why 1", "Why #2: …", "1. Why did …?" (numbering is dropped first). */
const WHY_HEADING = /^why\b/;
/** "Problem Statement", or the question a sub-heading asks first: "What?", "What happened?". */
const PROBLEM_TITLE = /^(?:problem(?: statement)?\b|symptoms?$|issue$|what(?: happened)?$)/;
/**
 * Sections whose first paragraph states the root cause: "Root Cause(s)", "Blameless root cause",
 * "Cause", "How did this happen" — but not "Root Cause Analysis".
 */
const ROOT_CAUSE_TITLE =
  /^(?:(?:the |blameless )?(?:root )?causes?(?! analysis)\b|(?:how|why) did this happen\b)/;
/**
 * Section titles that state the cause in their text too, but that inside an analysis ask one of
 * its questions ("### Why did it happen?" under "What happened?"): "Why did it happen", "Why this
 * happens", "Origin of the incident", "Diagnosis".
 */
const CAUSE_SECTION_TITLE =
  /^(?:why did it happen|why (?:this|it) happen(?:s|ed)|origin of the (?:incident|issue|outage)|diagnos(?:is|ing))\b/;
/**
 * A paragraph that states the root cause: "The root cause was …", "Root cause: …", "The root
 * cause for this incident is …".
 */
const ROOT_CAUSE_SENTENCE =
  /^(?:the\s+)?(?:primary\s+|underlying\s+|main\s+)?root\s+causes?\s*(?::|(?:(?:of|for|behind)\s[^.]{0,120}?\s)?(?:was|is|were|are)\b)/i;
/** `**Problem Statement:**`, `**Symptom:**`, and numbered ones: `**Problem 1:**`. */
const PROBLEM_LABEL = /^(?:problem(?: statement)?|symptoms?)(?:[ \t]*#?\d{1,2})?$/i;
/**
 * A section outside the analysis that states the problem the analysis explains: "What
 * happened?", "Problem", "Symptoms", "Error Manifestation". Only before the analysis.
 */
const PROBLEM_SECTION =
  /^(?:(?:the )?problem(?: statement| description)?|(?:the )?issue|symptoms?|what happened|(?:error|failure|problem|issue) manifestation)$/;
/**
 * An analysis that opens by stating what caused the incident: "The outage resulted from …", "It
 * was caused by …", "The halt stemmed from …" (within its first sentence).
 */
const CAUSE_SENTENCE =
  /^[^.!?]{0,200}?\b(?:resulted from|stemmed from|(?:was|were|is|are) (?:caused|triggered) by|(?:was|were) due to|(?:can be )?traced (?:back )?to)\b/i;
/**
 * The root cause stated anywhere in the file: a sentence "The root cause was …" that is not "is
 * unknown" or "is still being investigated", or an item labelled "(root cause)".
 */
const STATED_ROOT_CAUSE =
  /(?:^|[.!?]\s+)(?:the\s+)?(?:primary\s+|underlying\s+|main\s+)?root\s+causes?\s*(?::|(?:(?:of|for|behind)\s[^.]{0,120}?\s)?(?:was|is|were)\b)(?!\s+(?:not|still|unknown|under|being|yet|unclear)\b)/i;
const ROOT_CAUSE_TAG = /\((?:the\s+)?root\s+causes?\)/i;
/** Where a line of a chain ends: a sentence end, or a line break before a new statement. */
const LINE_END = /[.!?]+\s+|\n(?=\s*(?:[-*+]\s+)?[A-Z])/g;
/** One level of a "… because …" chain ("due to", "caused by" read the same). */
const BECAUSE = /\b(?:because|due to|caused by|as a result of)\b/gi;
const EXPLAINS = /\b(?:because|due to|caused by|as a result of)\b/i;
const FIELD_LABEL = /^\s*(?:[-*+]\s+)?(?:\*\*|__)[^*_\n]{1,60}(?::(?:\*\*|__)|(?:\*\*|__)\s*:)/;
const ROOT_CAUSE_LABEL = /^(?:the )?root causes?$/i;

type Mode = 'none' | 'problem' | 'rootCause' | 'why';

function located(node: RootContent): Located {
  return { text: nodeText(node).replace(/\s+/g, ' ').trim(), span: spanOf(node) };
}

/** A table cell's content (the cell's own span starts at its pipe). */
function cellSpan(cell: TableCell): Span {
  const first = cell.children[0];
  const last = cell.children[cell.children.length - 1];
  return first && last ? { start: spanOf(first).start, end: spanOf(last).end } : spanOf(cell);
}

/** The nodes as one answer (null when they hold no text). */
function answerOf(nodes: readonly RootContent[]): Located | null {
  const text = nodes
    .map((node) => nodeText(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '' || nodes.length === 0) return null;
  return {
    text,
    span: { start: spanOf(nodes[0]).start, end: spanOf(nodes[nodes.length - 1]).end },
  };
}

/** Collects the parts of a 5-Whys analysis from the nodes of one section, in document order. */
class WhysReader {
  readonly whys: WhyStep[] = [];
  problemStatement: Located | null = null;
  rootCause: Located | null = null;
  /** A paragraph stating the root cause, used when no sub-heading or label names it. */
  rootCauseSentence: Located | null = null;
  /**
   * Lines of the section's paragraphs and list items, in order, for a "because" chain; null where
   * a chain cannot go on (a heading, or a list after paragraphs).
   */
  private readonly lines: Array<Line | null> = [];
  private lastBlock: 'paragraph' | 'list' | null = null;
  /** Paragraphs, lists and tables read so far, field lines aside: the first opens the analysis. */
  private blocks = 0;
  private mode: Mode;
  private openWhy: { question: Located; folded: RootContent | null; nodes: RootContent[] } | null =
    null;

  /** In a section titled "Root Cause", the first paragraph anywhere in it states the root cause. */
  private readonly defaultMode: Mode;

  constructor(
    private readonly context: ExtractContext,
    sectionIsRootCause: boolean,
    /** The section is titled as the whys themselves ("Whys", "5 Whys"). */
    private readonly sectionAsksWhys = false,
  ) {
    this.defaultMode = sectionIsRootCause ? 'rootCause' : 'none';
    this.mode = this.defaultMode;
  }

  read(nodes: readonly RootContent[]): void {
    nodes.forEach((node, i) => {
      if (node.type === 'heading') {
        this.lines.push(null);
        this.lastBlock = null;
        this.closeWhy();
        this.startSubsection(located(node), nodes[i + 1]);
        return;
      }
      if (this.openWhy) {
        if (node !== this.openWhy.folded) this.openWhy.nodes.push(node);
        return;
      }
      if (node.type !== 'paragraph' && node.type !== 'list' && node.type !== 'table') return;
      // A labelled field ("**Problem Statement:** …") does not open the analysis's own text.
      const span = spanOf(node);
      if (!FIELD_LABEL.test(this.context.source.slice(span.start.offset, span.end.offset)))
        this.blocks++;
      // A paragraph all in italics under "Problem" or "Root Cause" is the template's guidance.
      if (this.mode !== 'none' && this.mode !== 'why' && isGuidance(node)) return;
      if (this.mode === 'problem' && this.problemStatement === null) {
        this.problemStatement = located(node);
        return;
      }
      if (this.mode === 'rootCause' && this.rootCause === null) {
        // A root cause written as a "because" chain is the analysis as well.
        if (node.type !== 'table') this.collectLines(node);
        this.rootCause = located(node);
        return;
      }
      if (node.type === 'list') {
        this.collectLines(node);
        this.leadingProblem(node.children);
        this.readItems(node.children);
      } else if (node.type === 'table') this.readTable(node);
      else {
        this.collectLines(node);
        this.readParagraph(node, nodes[i + 1]);
      }
    });
    this.closeWhy();
    if (this.whys.length > 0) return;
    const chain = becauseChain(this.lines, this.context);
    this.whys.push(...chain.steps);
    this.problemStatement ??= chain.problem;
  }

  /**
   * The lines of paragraphs and list items, depth first: a paragraph's sentences and its lines
   * that start with a capital (a line that goes on in lower case is wrapped prose).
   */
  private collectLines(node: Paragraph | List): void {
    if (this.lastBlock !== null && this.lastBlock !== node.type) this.lines.push(null);
    this.lastBlock = node.type;
    const stack: RootContent[] = [node];
    while (stack.length > 0) {
      const current = stack.pop() as RootContent;
      if (current.type === 'paragraph') {
        const span = spanOf(current);
        const text = this.context.source.slice(span.start.offset, span.end.offset);
        let from = 0;
        for (const end of allMatches(LINE_END, text)) {
          const to = end.index + end[0].length;
          this.lines.push({ raw: text.slice(from, to), offset: span.start.offset + from });
          from = to;
        }
        if (from < text.length) {
          this.lines.push({ raw: text.slice(from), offset: span.start.offset + from });
        }
      } else if (current.type === 'list' || current.type === 'listItem') {
        // "- **Contributing Factors:**" over its bullets: factors side by side, not a chain.
        if (current.type === 'listItem' && labelsFactors(current)) continue;
        for (let i = current.children.length - 1; i >= 0; i--) {
          stack.push(current.children[i] as RootContent);
        }
      }
    }
  }

  /**
   * A chain's first, unlabelled item that a why-question follows states the problem the whys
   * explain ("- The queue stopped." then "- **Why?** The disk was full."), as does the one item of
   * a "Whys" section that got no further than its first line.
   */
  private leadingProblem(items: readonly ListItem[]): void {
    if (this.problemStatement !== null || this.whys.length > 0) return;
    const [first, second] = items;
    const statement = first?.children[0];
    const followed =
      second === undefined ? this.sectionAsksWhys && this.blocks === 1 : isQuestionItem(second);
    if (!followed || statement?.type !== 'paragraph' || isQuestionItem(first)) return;
    const span = spanOf(statement);
    // A labelled field ("**Impact:** …") is not the problem statement.
    if (!FIELD_LABEL.test(this.context.source.slice(span.start.offset, span.end.offset)))
      this.problemStatement = located(statement);
  }

  private startSubsection(heading: Located, next: RootContent | undefined): void {
    const title = sectionKey(heading.text);
    if (PROBLEM_TITLE.test(title)) this.mode = 'problem';
    else if (ROOT_CAUSE_TITLE.test(title) || ROOT_CAUSE_TAG.test(heading.text))
      this.mode = 'rootCause';
    else if (WHY_HEADING.test(title)) {
      this.mode = 'why';
      this.openWhy = { question: heading, folded: null, nodes: [] };
      // "### Why 1" followed by the question itself: the paragraph joins the question.
      if (
        !heading.text.includes('?') &&
        next?.type === 'paragraph' &&
        nodeText(next).trim().endsWith('?')
      ) {
        const question = located(next);
        this.openWhy.question = {
          text: `${heading.text} ${question.text}`,
          span: { start: heading.span.start, end: question.span.end },
        };
        this.openWhy.folded = next;
      }
    } else this.mode = this.rootCause === null ? this.defaultMode : 'none';
  }

  private closeWhy(): void {
    if (!this.openWhy) return;
    this.whys.push({ question: this.openWhy.question, answer: answerOf(this.openWhy.nodes) });
    this.openWhy = null;
  }

  /** A table with the question in one cell and the answer in the next ("| 1 | Why …? | … |"). */
  private readTable(table: Table): void {
    for (const row of table.children.slice(1)) {
      const index = row.children.findIndex((cell) => WHY_QUESTION.test(nodeText(cell)));
      if (index === -1) continue;
      const cell = row.children[index];
      const answer = row.children[index + 1];
      const answerText = answer ? nodeText(answer).replace(/\s+/g, ' ').trim() : '';
      this.whys.push({
        question: { text: nodeText(cell).replace(/\s+/g, ' ').trim(), span: cellSpan(cell) },
        answer: answer && answerText !== '' ? { text: answerText, span: cellSpan(answer) } : null,
      });
    }
  }

  /**
   * List items: an item "Why …?" is a question, answered after its question mark or by its nested
   * content. Nested items that ask the next why ("- **Why …?**" under an answer) are the next
   * levels, not part of the answer.
   */
  private readItems(items: readonly ListItem[]): void {
    for (const item of items) {
      const [first, ...rest] = item.children as RootContent[];
      if (isQuestionItem(item)) {
        const split = this.splitQuestion(first as Paragraph | Heading);
        const deferred: ListItem[] = [];
        const pieces: Located[] = [];
        answerParts(rest, pieces, deferred);
        this.whys.push({ question: split.question, answer: split.answer ?? joined(pieces) });
        this.readItems(deferred);
      } else {
        for (const child of item.children)
          if (child.type === 'list') this.readItems(child.children);
      }
    }
  }

  /** A paragraph "Why …? answer", or "Why …?" answered by the next paragraph. */
  private readParagraph(paragraph: Paragraph, next: RootContent | undefined): void {
    const text = nodeText(paragraph).trim();
    const opening = this.blocks === 1;
    if (this.rootCauseSentence === null && ROOT_CAUSE_SENTENCE.test(text)) {
      this.rootCauseSentence = located(paragraph);
      return;
    }
    // The analysis's opening sentence names the cause; a list it leads into gives the causes.
    if (this.rootCauseSentence === null && opening && CAUSE_SENTENCE.test(text)) {
      const stated = located(paragraph);
      const list = text.endsWith(':') && next?.type === 'list' ? next : null;
      this.rootCauseSentence = list
        ? {
            text: [stated, ...list.children.map(located)].map((part) => part.text).join(' '),
            span: { start: stated.span.start, end: spanOf(list).end },
          }
        : stated;
      return;
    }
    const nextText = next?.type === 'paragraph' ? nodeText(next).trim() : null;
    if (!isWhyParagraph(text)) {
      // The unlabelled paragraph a why-question follows states the problem, as in a list.
      if (
        this.problemStatement === null &&
        this.whys.length === 0 &&
        nextText !== null &&
        isWhyParagraph(nextText) &&
        !text.endsWith(':') &&
        !isGuidance(paragraph)
      )
        this.problemStatement = located(paragraph);
      return;
    }
    const split = this.splitQuestion(paragraph);
    const nextIsAnswer = nextText !== null && !/^(?:\d+[.)]\s*)?why\b/i.test(nextText);
    this.whys.push({
      question: split.question,
      answer: split.answer ?? (next && nextIsAnswer ? located(next) : null),
    });
  }

  /** Splits a paragraph at the question mark that ends its "why" question. */
  private splitQuestion(paragraph: Paragraph | Heading): {
    question: Located;
    answer: Located | null;
  } {
    const span = spanOf(paragraph);
    const source = this.context.source.slice(span.start.offset, span.end.offset);
    const match = WHY_QUESTION.exec(source);
    const plain = nodeText(paragraph).replace(/\s+/g, ' ').trim();
    if (!match) return { question: { text: plain, span }, answer: null };
    const questionEnd = span.start.offset + (match.index ?? 0) + match[0].length;
    const tail = /^[\s*_]*(?:[-–—:]\s*)?/.exec(
      this.context.source.slice(questionEnd, span.end.offset),
    );
    const answerStart = questionEnd + (tail ? tail[0].length : 0);
    const questionText = plain.slice(0, plain.indexOf('?', plain.search(/\bwhy\b/i)) + 1);
    const answerText = plain
      .slice(questionText.length)
      .replace(/^[\s*_]*(?:[-–—:]\s*)?/, '')
      .trim();
    const questionSpan: Span = { start: span.start, end: this.context.pointAt(questionEnd) };
    if (answerText === '')
      return { question: { text: questionText, span: questionSpan }, answer: null };
    return {
      question: { text: questionText, span: questionSpan },
      answer: {
        text: answerText,
        span: { start: this.context.pointAt(answerStart), end: span.end },
      },
    };
  }
}

/** A paragraph that asks a why-question first: "Why did …? …", "2. Why?". */
function isWhyParagraph(text: string): boolean {
  return /^(?:\d+[.)]\s*)?why\b/i.test(text) && text.includes('?');
}

/** A paragraph that is one emphasis and nothing else: `*Describe what happened.*`. */
function isGuidance(node: RootContent): boolean {
  return (
    node.type === 'paragraph' && node.children.length === 1 && node.children[0].type === 'emphasis'
  );
}

/** A source line of the analysis: its raw text and where it starts. */
interface Line {
  raw: string;
  offset: number;
}

/** An item whose first paragraph asks "why …?" (a lone "-" under it makes it a setext heading). */
function isQuestionItem(item: ListItem): boolean {
  const first = item.children[0];
  return (
    (first?.type === 'paragraph' || first?.type === 'heading') && WHY_QUESTION.test(nodeText(first))
  );
}

/**
 * Splits an item's nested content into its answer (text, and nested items that answer) and the
 * nested items that ask the next why-questions, in document order.
 */
function answerParts(nodes: readonly RootContent[], pieces: Located[], deferred: ListItem[]): void {
  for (const node of nodes) {
    if (node.type !== 'list') {
      const piece = answerOf([node]);
      if (piece) pieces.push(piece);
      continue;
    }
    for (const item of node.children) {
      if (isQuestionItem(item)) deferred.push(item);
      else answerParts(item.children as RootContent[], pieces, deferred);
    }
  }
}

function joined(pieces: readonly Located[]): Located | null {
  if (pieces.length === 0) return null;
  return {
    text: pieces.map((piece) => piece.text).join(' '),
    span: { start: pieces[0].span.start, end: pieces[pieces.length - 1].span.end },
  };
}

/** Markdown markers and list bullets off a raw line, for the text of a chain step. */
function plainLine(raw: string): string {
  return raw
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.]+|[\s,;:]+$/g, '');
}

const FACTOR_NAMES = SECTION_NAMES.contributingFactors.map(sectionKey);

/** A list item opened by a bold label naming the contributing factors. */
function labelsFactors(item: ListItem): boolean {
  const first = item.children[0];
  const label = first?.type === 'paragraph' ? first.children[0] : undefined;
  if (label?.type !== 'strong') return false;
  const key = sectionKey(nodeText(label));
  return FACTOR_NAMES.some((name) => key === name || key.startsWith(`${name} `));
}

/**
 * A "because" chain read as whys: lines (or items) that each explain the one before
 * ("Checkout failed because the pool was empty." / "The pool was empty because …"). Every
 * `because` is one level: the question is what it explains, the answer what follows it. Only a run
 * of lines, each after the first with a `because`, and two of them at least, is a chain, so that an
 * occasional "because" in a narrative does not count.
 */
function becauseChain(
  lines: ReadonlyArray<Line | null>,
  context: ExtractContext,
): { steps: WhyStep[]; problem: Located | null } {
  // Runs of lines, each after the first with a `because`; the one with the most of them wins.
  let best: Line[] = [];
  let bestCount = 0;
  let run: Line[] = [];
  let count = 0;
  const close = (): void => {
    if (count > bestCount) [best, bestCount] = [run, count];
  };
  for (const line of lines) {
    // A labelled field ("**Impact:** … due to …") is not a step of a chain.
    if (line === null || FIELD_LABEL.test(line.raw)) {
      close();
      [run, count] = [[], 0];
      continue;
    }
    const explains = EXPLAINS.test(line.raw);
    if (explains && run.length > 0) {
      run.push(line);
      count++;
    } else {
      close();
      run = [line];
      count = explains ? 1 : 0;
    }
  }
  close();
  if (bestCount < 2) return { steps: [], problem: null };
  const steps: WhyStep[] = [];
  let previous: Line | null = null;
  for (const line of best) {
    const matches = allMatches(BECAUSE, line.raw);
    let from = 0;
    matches.forEach((match, i) => {
      const at = match.index;
      const end = i + 1 < matches.length ? matches[i + 1].index : line.raw.length;
      const effect = plainLine(line.raw.slice(from, at));
      const cause = plainLine(line.raw.slice(at + match[0].length, end));
      // "Because …" opening a line explains the line before it.
      const asked: Line | null = effect === '' && previous ? previous : null;
      const questionStart = asked ? asked.offset : line.offset + from;
      const questionEnd = asked ? asked.offset + asked.raw.length : line.offset + at;
      steps.push({
        question: {
          text: effect === '' && asked ? plainLine(asked.raw) : effect,
          span: { start: context.pointAt(questionStart), end: context.pointAt(questionEnd) },
        },
        answer:
          cause === ''
            ? null
            : {
                text: cause,
                span: {
                  start: context.pointAt(line.offset + at + match[0].length),
                  end: context.pointAt(line.offset + end),
                },
              },
      });
      from = at + match[0].length;
    });
    previous = line;
  }
  // A first line that explains nothing states the problem the chain explains.
  const [first] = best;
  const problem = EXPLAINS.test(first.raw)
    ? null
    : {
        text: plainLine(first.raw),
        span: {
          start: context.pointAt(first.offset),
          end: context.pointAt(first.offset + first.raw.trimEnd().length),
        },
      };
  return { steps, problem };
}

/**
 * The root cause stated outside the analysis's own sub-sections: an item or paragraph labelled
 * "(root cause)" or a sentence "The root cause was …", anywhere in the file (first one wins).
 */
function statedRootCause(context: ExtractContext): Located | null {
  const seen = new Set<RootContent>();
  for (const content of context.sections) {
    const stack = [...content.nodes].reverse();
    while (stack.length > 0) {
      const node = stack.pop() as RootContent;
      if (seen.has(node)) continue;
      seen.add(node);
      if (node.type === 'paragraph') {
        const text = nodeText(node);
        if (ROOT_CAUSE_TAG.test(text)) return located(node);
        const stated = STATED_ROOT_CAUSE.exec(text);
        // The paragraph, its text from the sentence that states the cause ("…. The root cause …").
        if (stated) {
          const from = stated.index + stated[0].search(/\p{L}/u);
          const found = located(node);
          return { ...found, text: text.slice(from).replace(/\s+/g, ' ').trim() };
        }
      } else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
        for (let i = node.children.length - 1; i >= 0; i--)
          stack.push(node.children[i] as RootContent);
      }
    }
  }
  return null;
}

/**
 * The problem stated in a section of its own before the analysis ("## What happened?" then
 * "## Root Cause"): that section's first paragraph or list that is not guidance in italics.
 */
function problemSection(context: ExtractContext, before: number): Located | null {
  for (const { section, nodes } of context.sections) {
    if (section.span.start.offset >= before) break;
    if (!PROBLEM_SECTION.test(sectionKey(section.title))) continue;
    for (const node of nodes) {
      if (node.type === 'heading') break;
      if ((node.type === 'paragraph' || node.type === 'list') && !isGuidance(node))
        return located(node);
    }
  }
  return null;
}

function isRootCauseAnalysis(content: SectionContent): boolean {
  return findSectionIndex([content.section], SECTION_NAMES.rootCauseAnalysis) === 0;
}

function fieldIn(context: ExtractContext, label: RegExp, within: Span | null): Located | null {
  const line = context.fieldLines.find(
    (field) =>
      label.test(field.label) &&
      (within === null ||
        (field.value.span.start.offset >= within.start.offset &&
          field.value.span.end.offset <= within.end.offset)),
  );
  return line && line.value.text !== '' ? line.value : null;
}

/** "Root Cause(s)", "How did this happen", "Why did it happen", or a heading tagged "Working Theory (root cause)". */
function isRootCauseTitle(title: string): boolean {
  const key = sectionKey(title);
  return ROOT_CAUSE_TITLE.test(key) || CAUSE_SECTION_TITLE.test(key) || ROOT_CAUSE_TAG.test(title);
}

/** A section titled as the whys themselves: "Whys", "5 Whys", "Five Whys Analysis". */
const WHYS_TITLE = /^(?:(?:5|five)\s+)?why(?:s|\s+s)?(?:\s+analysis)?$/;

function readSection(context: ExtractContext, content: SectionContent): WhysReader {
  const { title } = content.section;
  const reader = new WhysReader(
    context,
    isRootCauseTitle(title),
    WHYS_TITLE.test(sectionKey(title)),
  );
  reader.read(content.nodes);
  return reader;
}

/**
 * The 5-Whys analysis of the Root Cause Analysis section (sub-sections included): problem
 * statement, why-questions with their answers, stated root cause. When several sections qualify,
 * the first one holding why-questions is used.
 */
export function extractFiveWhys(context: ExtractContext): FiveWhys | null {
  const candidates = context.sections.filter(isRootCauseAnalysis);
  const readers = candidates.map((content) => ({ content, reader: readSection(context, content) }));
  const chosen = readers.find(({ reader }) => reader.whys.length > 0) ?? readers[0];
  if (!chosen) {
    const rootCause = fieldIn(context, ROOT_CAUSE_LABEL, null) ?? statedRootCause(context);
    return rootCause
      ? {
          span: rootCause.span,
          problemStatement: fieldIn(context, PROBLEM_LABEL, null),
          whys: [],
          rootCause,
          statedOnly: true,
        }
      : null;
  }
  const { content, reader } = chosen;
  const body = content.section.bodySpan;
  // A "## Root Cause" section of its own, beside the one that holds the whys: not one of its
  // sub-sections, which the analysis has read as its questions ("## Why did it happen?").
  const inside = (other: SectionContent): boolean =>
    other.section.span.start.offset >= body.start.offset &&
    other.section.span.start.offset < body.end.offset;
  const ownSection = readers.find(
    (other) =>
      other !== chosen &&
      !inside(other.content) &&
      isRootCauseTitle(other.content.section.title) &&
      other.reader.rootCause !== null,
  );
  return {
    span: content.section.span,
    problemStatement:
      reader.problemStatement ??
      fieldIn(context, PROBLEM_LABEL, body) ??
      problemSection(context, content.section.span.start.offset),
    whys: reader.whys,
    rootCause:
      reader.rootCause ??
      fieldIn(context, ROOT_CAUSE_LABEL, body) ??
      reader.rootCauseSentence ??
      ownSection?.reader.rootCause ??
      fieldIn(context, ROOT_CAUSE_LABEL, null) ??
      statedRootCause(context),
  };
}
