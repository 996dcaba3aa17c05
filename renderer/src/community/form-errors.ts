import type { z } from 'zod';

/**
 * The first problem the domain schema finds, as a key of community.errors: the form refuses what
 * the core refuses, with the same rule (shared/domain/community), and says why beside the form.
 */
export function problemKey(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'community.errors.date';
  const known = ['rwNeeded', 'rtRw', 'mappingNeeded'];
  if (known.includes(issue.message)) return `community.errors.${issue.message}`;
  const field = issue.path[0];
  if (field === 'kelurahan') return 'community.errors.kelurahan';
  if (field === 'rt' || field === 'rw') return 'community.errors.rtRw';
  if (field === 'reached') return 'community.errors.people';
  return 'community.errors.date';
}
