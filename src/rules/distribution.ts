import { defineRule } from './types.js';
import type { Postmortem } from '../model/types.js';
import { COMPLETED_STATUS } from '../corpus/index-entry.js';
import { fileSpan, firstLineExcerpt } from './helpers/model.js';
import type { RuleSeverity } from '../diagnostics/types.js';
import { allMatches } from '../text/matches.js';

export type DistributionOptions = {
  /** Audience → words that name it in a distribution list (whole words, case-insensitive). */
  audiences: Record<string, string[]>;
};

/** A whole-word, case-insensitive pattern for any of `words` (spaces and hyphens interchangeable). */
function anyWord(words: readonly string[]): RegExp {
  const alternatives = words
    .map((word) => word.trim())
    .filter((word) => word !== '')
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

interface Mention {
  audience: string;
  start: number;
  end: number;
}

/**
 * Audiences named in `text`. Overlapping mentions go to the longest one, so "Product Management"
 * names product only, not also leadership through "management".
 */
function audiencesNamed(text: string, audiences: Record<string, string[]>): Set<string> {
  const mentions: Mention[] = Object.entries(audiences).flatMap(([audience, words]) =>
    allMatches(anyWord(words), text).map((match) => ({
      audience,
      start: match.index,
      end: match.index + match[0].length,
    })),
  );
  mentions.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const mention of mentions) {
    if (!kept.some((other) => mention.start < other.end && other.start < mention.end))
      kept.push(mention);
  }
  return new Set(kept.map((mention) => mention.audience));
}

/** A postmortem that is not finished yet may still be shared before it is: a warning until then. */
function beforeCompletion(model: Postmortem): RuleSeverity | undefined {
  const status = model.metadata.fields.status?.value;
  return typeof status === 'string' && COMPLETED_STATUS.test(status) ? undefined : 'warning';
}

export const distribution = defineRule<DistributionOptions>({
  scope: 'file',
  meta: {
    id: 'distribution',
    description:
      'Requires a distribution list that names engineering, product and leadership (configurable audiences).',
    defaultSeverity: 'error',
    severityNote:
      'a warning for a line saying it is not yet shared while the postmortem is not completed',
    tags: ['distribution', 'communication'],
    optionsSchema: {
      type: 'object',
      properties: {
        audiences: {
          type: 'object',
          propertyNames: { minLength: 1 },
          additionalProperties: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            minItems: 1,
          },
          description:
            'Audience → words that name it in a distribution list (whole words, case-insensitive). Merged with the defaults: add an audience (`"support": ["support", "customer success"]`) or replace the words of one.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {
      audiences: {
        engineering: [
          'engineering',
          'eng',
          'engineers',
          'developers',
          'dev team',
          'sre',
          'sres',
          'platform team',
        ],
        product: ['product', 'pm', 'pms', 'product management', 'product team', 'product managers'],
        leadership: [
          'leadership',
          'executive',
          'executives',
          'exec',
          'execs',
          'vp',
          'vps',
          'cto',
          'ceo',
          'management',
          'leadership team',
        ],
      },
    },
  },
  check(context) {
    const { model, options } = context;
    const audiences = Object.keys(options.audiences);
    const list = model.distribution;
    if (!list) {
      context.report({
        message: `No distribution list: add "**Distribution:**" naming ${audiences.join(', ')}.`,
        span: fileSpan(model),
      });
      return;
    }
    if (list.pending) {
      // The template's "not yet shared — …": the names on it are a plan, not a distribution.
      context.report({
        message: `The postmortem is not shared yet: share it with ${audiences.join(', ')} and list who received it here.`,
        span: list.span,
        severity: beforeCompletion(model),
      });
      return;
    }
    const named = audiencesNamed(list.text, options.audiences);
    const missing = audiences.filter((audience) => !named.has(audience));
    if (missing.length === 0) return;
    context.report({
      message:
        list.text.trim() === ''
          ? `The distribution list is empty: name ${audiences.join(', ')}.`
          : `The distribution list "${firstLineExcerpt(list.text)}" does not name ${missing.join(', ')}: share the postmortem with ${audiences.join(', ')}.`,
      span: list.span,
    });
  },
});
