import type { CaseSort } from '../../../../shared/api/records';
import type { CaseStatus } from '../../../../shared/domain';

export interface CaseFilterValues {
  status: CaseStatus | '';
  flaggedOnly: boolean;
  noContactSince: string;
  tag: string;
  sort: CaseSort;
}

export const NO_FILTERS: CaseFilterValues = {
  status: '',
  flaggedOnly: false,
  noContactSince: '',
  tag: '',
  sort: 'risk',
};

export function isFiltered(f: CaseFilterValues): boolean {
  return f.status !== '' || f.flaggedOnly || f.noContactSince !== '' || f.tag.trim() !== '';
}

/** The cases.list input for the chosen filters; an empty filter is left out. */
export function listInput(f: CaseFilterValues) {
  return {
    sort: f.sort,
    ...(f.status ? { status: f.status } : {}),
    ...(f.flaggedOnly ? { flaggedOnly: true } : {}),
    ...(f.noContactSince ? { noContactSince: f.noContactSince } : {}),
    ...(f.tag.trim() ? { tag: f.tag.trim() } : {}),
  };
}
