import type { Heading, List, Paragraph, RootContent, Table, TableCell } from 'mdast';
import type { FiveWhys, Located, Span, WhyStep } from '../types.js';
import { nodeText, type ExtractContext, type SectionContent } from './context.js';
import { spanOf } from '../../parse/positions.js';
import { findSectionIndex, normaliseTitle, SECTION_NAMES } from '../sections.js';

/** A why-question in an item, paragraph or cell: "Why did the API go down?" (bounded scan). */
const WHY_QUESTION = /\bwhy\b[^?]{0,400}\?/i;
/** A why heading: "Why 1", "Why #2: …", "1. Why did …?" (numbering is dropped first). */
const WHY_HEADING = /^why\b/;
const PROBLEM_TITLE = /^problem(?: statement)?\b/;
/** "Root Cause", "Root Causes", "The root cause" — but not "Root Cause Analysis". */
const ROOT_CAUSE_TITLE = /^(?:the )?root causes?(?! analysis)\b/;
/** A paragraph that states the root cause: "The root cause was …", "Root cause: …". */
const ROOT_CAUSE_SENTENCE =
  /^(?:the\s+)?(?:primary\s+|underlying\s+|main\s+)?root\s+causes?\s*(?::|(?:of\s[^.]{0,120}?\s)?(?:was|is|were|are)\b)/i;
const PROBLEM_LABEL = /^problem(?: statement)?$/i;
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
  private mode: Mode;
  private openWhy: { question: Located; folded: RootContent | null; nodes: RootContent[] } | null =
    null;

  /** In a section titled "Root Cause", the first paragraph anywhere in it states the root cause. */
  private readonly defaultMode: Mode;

  constructor(
    private readonly context: ExtractContext,
    sectionIsRootCause: boolean,
  ) {
    this.defaultMode = sectionIsRootCause ? 'rootCause' : 'none';
    this.mode = this.defaultMode;
  }

  read(nodes: readonly RootContent[]): void {
    nodes.forEach((node, i) => {
      if (node.type === 'heading') {
        this.closeWhy();
        this.startSubsection(located(node), nodes[i + 1]);
        return;
      }
      if (this.openWhy) {
        if (node !== this.openWhy.folded) this.openWhy.nodes.push(node);
        return;
      }
      if (node.type !== 'paragraph' && node.type !== 'list' && node.type !== 'table') return;
      if (this.mode === 'problem' && this.problemStatement === null) {
        this.problemStatement = located(node);
        return;
      }
      if (this.mode === 'rootCause' && this.rootCause === null) {
        this.rootCause = located(node);
        return;
      }
      if (node.type === 'list') this.readList(node);
      else if (node.type === 'table') this.readTable(node);
      else this.readParagraph(node, nodes[i + 1]);
    });
    this.closeWhy();
  }

  private startSubsection(heading: Located, next: RootContent | undefined): void {
    const title = normaliseTitle(heading.text);
    if (PROBLEM_TITLE.test(title)) this.mode = 'problem';
    else if (ROOT_CAUSE_TITLE.test(title)) this.mode = 'rootCause';
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

  private readList(list: List): void {
    for (const item of list.children) {
      const [first, ...rest] = item.children as RootContent[];
      // An item "Why …?" over a lone "-" line parses as a setext heading: a question all the same.
      const isQuestion =
        (first?.type === 'paragraph' || first?.type === 'heading') &&
        WHY_QUESTION.test(nodeText(first));
      if (isQuestion) {
        this.whys.push(this.listWhy(first, rest));
      } else {
        for (const child of item.children) if (child.type === 'list') this.readList(child);
      }
    }
  }

  /** "1. **Why …?**" with the answer after the question mark or in the item's nested content. */
  private listWhy(paragraph: Paragraph | Heading, rest: RootContent[]): WhyStep {
    const split = this.splitQuestion(paragraph);
    return { question: split.question, answer: split.answer ?? answerOf(rest) };
  }

  /** A paragraph "Why …? answer", or "Why …?" answered by the next paragraph. */
  private readParagraph(paragraph: Paragraph, next: RootContent | undefined): void {
    const text = nodeText(paragraph).trim();
    if (this.rootCauseSentence === null && ROOT_CAUSE_SENTENCE.test(text)) {
      this.rootCauseSentence = located(paragraph);
      return;
    }
    if (!/^(?:\d+[.)]\s*)?why\b/i.test(text) || !text.includes('?')) return;
    const split = this.splitQuestion(paragraph);
    const nextIsAnswer =
      next?.type === 'paragraph' && !/^(?:\d+[.)]\s*)?why\b/i.test(nodeText(next).trim());
    this.whys.push({
      question: split.question,
      answer: split.answer ?? (nextIsAnswer ? located(next) : null),
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

function readSection(context: ExtractContext, content: SectionContent): WhysReader {
  const reader = new WhysReader(
    context,
    ROOT_CAUSE_TITLE.test(normaliseTitle(content.section.title)),
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
    const rootCause = fieldIn(context, ROOT_CAUSE_LABEL, null);
    return rootCause
      ? {
          span: rootCause.span,
          problemStatement: fieldIn(context, PROBLEM_LABEL, null),
          whys: [],
          rootCause,
        }
      : null;
  }
  const { content, reader } = chosen;
  const body = content.section.bodySpan;
  return {
    span: content.section.span,
    problemStatement: reader.problemStatement ?? fieldIn(context, PROBLEM_LABEL, body),
    whys: reader.whys,
    rootCause:
      reader.rootCause ??
      fieldIn(context, ROOT_CAUSE_LABEL, body) ??
      reader.rootCauseSentence ??
      fieldIn(context, ROOT_CAUSE_LABEL, null),
  };
}
