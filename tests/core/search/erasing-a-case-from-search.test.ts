import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../electron/core/search/search-index';

describe('erasing a case from the search index', () => {
  it('leaves none of its entries findable, whatever made them', () => {
    const search = new SearchIndex();
    search.put({ id: 'case:a', kind: 'case', caseId: 'a', alias: 'Mawar', text: '' });
    search.put({
      id: 'referral:r1',
      kind: 'referral',
      caseId: 'a',
      alias: 'Mawar',
      text: 'rujukan ke puskesmas karena sesak napas',
    });
    search.put({ id: 'case:b', kind: 'case', caseId: 'b', alias: 'Melati', text: 'puskesmas' });
    search.removeCase('a');
    expect(search.query('sesak')).toEqual([]);
    expect(search.query('Mawar')).toEqual([]);
    expect(search.query('puskesmas').map((h) => h.caseId)).toEqual(['b']);
  });

  it('forgets an entry replaced under another case, so erasing the first leaves it', () => {
    const search = new SearchIndex();
    search.put({ id: 'referral:r1', kind: 'referral', caseId: 'a', alias: 'Mawar', text: 'x' });
    search.put({ id: 'referral:r1', kind: 'referral', caseId: 'b', alias: 'Melati', text: 'x' });
    search.removeCase('a');
    expect(search.query('Melati').map((h) => h.caseId)).toEqual(['b']);
  });
});
