import { defineRule } from './types.js';
import { excerpt, fileSpan } from './helpers/model.js';
import { plural } from '../text/wording.js';

export type FiveWhysOptions = {
  /** Fewest why-questions the analysis must go through. */
  minDepth: number;
};

/**
 * An answer that is only question marks (`???`) is none. A template blank (`[Because ...]`) is
 * left to no-placeholders, which reports it once.
 */
function isAnswered(text: string): boolean {
  return !/^[\s?.…]*$/.test(text);
}

export const fiveWhys = defineRule<FiveWhysOptions>({
  scope: 'file',
  meta: {
    id: 'five-whys',
    description:
      'Requires a 5-Whys root cause analysis: a problem statement, at least five answered why-questions and a stated root cause.',
    defaultSeverity: 'error',
    tags: ['root-cause'],
    optionsSchema: {
      type: 'object',
      properties: {
        minDepth: {
          type: 'integer',
          minimum: 1,
          description: 'Fewest why-questions the analysis must go through.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { minDepth: 5 },
  },
  check(context) {
    const { model, options } = context;
    const analysis = model.fiveWhys;
    if (!analysis) {
      context.report({
        message: `No root cause analysis: add a "## Root Cause Analysis" section with a problem statement, ${options.minDepth} why-questions with answers and the root cause.`,
        span: fileSpan(model),
      });
      return;
    }
    const noProblem = !analysis.problemStatement || analysis.problemStatement.text.trim() === '';
    if (analysis.statedOnly && analysis.rootCause) {
      // A root cause stated in passing is there; what is missing is the analysis that reached it.
      context.report({
        message: `No 5-Whys analysis: the root cause is stated ("${excerpt(analysis.rootCause.text, 60)}") but not traced: add a "## Root Cause Analysis" section with ${noProblem ? 'a problem statement and ' : ''}${options.minDepth} why-questions with answers.`,
        span: analysis.span,
      });
      return;
    }
    if (noProblem) {
      context.report({
        message:
          'The root cause analysis has no problem statement: add a "### Problem Statement" sub-heading or a "**Problem Statement:**" line.',
        span: analysis.span,
      });
    }
    const count = analysis.whys.length;
    if (count < options.minDepth) {
      context.report({
        message:
          count === 0
            ? `The root cause analysis asks no why-questions: list at least ${options.minDepth} ("1. Why …?" with the answer below each).`
            : `The 5-Whys analysis has ${plural(count, 'why-question')}; at least ${options.minDepth} are required to reach a systemic cause.`,
        span: count === 0 ? analysis.span : analysis.whys[count - 1].question.span,
      });
    }
    analysis.whys.forEach((step, i) => {
      if (step.answer && isAnswered(step.answer.text)) return;
      context.report({
        message: `Why-question ${i + 1} "${excerpt(step.question.text, 60)}" has no answer: write it on the line below the question.`,
        span: step.question.span,
      });
    });
    if (!analysis.rootCause || analysis.rootCause.text.trim() === '') {
      context.report({
        message:
          'The root cause analysis states no root cause: add a "### Root Cause" sub-heading or a "**Root Cause:**" line.',
        span: analysis.span,
      });
    }
  },
});
