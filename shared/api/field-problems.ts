import type { z } from 'zod';

/**
 * The fields a request got wrong, by path ('consent.scope'), each with the catalog key that says
 * why in the person's language (issue #15, item 2). Made from the same schema on both sides: the
 * form shows these before sending, and the core answers a request that breaks a rule with them.
 */
export type FieldProblems = Record<string, string>;

/**
 * A rule's own words: schemas give their rules a catalog key as their message, from one of these
 * groups of the catalogs (zod's own messages are sentences, never one of these).
 */
const RULE_GROUPS = [
  'cases.validation',
  'cases.carePlan',
  'cases.risk',
  'community.errors',
  'household.validation',
  'library.problem',
  'wellbeing.check',
  'groups',
  'review.gate',
  'review.rule',
  'sync.rule',
] as const;
export type RuleKey = `${(typeof RULE_GROUPS)[number]}.${string}`;
const CATALOG_KEY = new RegExp(`^(${RULE_GROUPS.join('|').replaceAll('.', '\\.')})\\.[A-Za-z]+$`);
const FIELD_NAME = /^[A-Za-z0-9_]{1,64}$/;

export function fieldProblems(error: z.core.$ZodError): FieldProblems {
  const out: FieldProblems = {};
  for (const issue of error.issues) {
    // Field names and list positions only: a key a person typed never travels back in an error.
    const path = issue.path.map((part) => (FIELD_NAME.test(String(part)) ? part : '*')).join('.');
    out[path] ??= problemKey(issue);
  }
  return out;
}

function problemKey(issue: z.core.$ZodIssue): string {
  if (CATALOG_KEY.test(issue.message)) return issue.message;
  if (issue.code === 'too_small' && issue.origin === 'string') return 'cases.validation.required';
  if (issue.code === 'invalid_format' && issue.format === 'date') return 'cases.validation.date';
  if (issue.code === 'invalid_format' && issue.format === 'datetime') {
    return 'cases.validation.dateTime';
  }
  return 'cases.validation.invalid';
}

/** A rule between fields, refused with its path and its words (for `.superRefine`). */
export function ruleBroken(
  ctx: z.RefinementCtx,
  path: (string | number)[],
  catalogKey: RuleKey,
): void {
  ctx.addIssue({ code: 'custom', path, message: catalogKey });
}
