import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../shared/api/result';
import { catalogs } from '../../../shared/i18n';

/** Every leaf key of a catalog, dotted. */
function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('the catalogs', () => {
  it('have the same words in Bahasa Indonesia and English', () => {
    expect(keys(catalogs.en).sort()).toEqual(keys(catalogs.id).sort());
  });

  it('say every error the core can answer with, in both languages', () => {
    for (const code of ErrorCode.options) {
      expect(typeof catalogs.id.errors[code as keyof typeof catalogs.id.errors], code).toBe(
        'string',
      );
      expect(typeof catalogs.en.errors[code as keyof typeof catalogs.en.errors], code).toBe(
        'string',
      );
    }
  });
});
