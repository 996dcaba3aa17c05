import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/api/records';
import { CASE_STATUS_LABELS, CaseStatus, labelText } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { formatInstant, useLanguage } from '../cases/ui/dates';
import { useLoad } from '../cases/ui/use-load';
import { personLabel } from './people';

/**
 * Shown in the case header when two people set the case status differently while apart: both
 * values with who and when, and a button to choose each.
 */
export function CaseStatusConflict(props: {
  caseId: string;
  onChange: (detail: CaseDetail) => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const load = useCallback(
    () => api.call('conflicts.list', { caseId: props.caseId }),
    [api, props.caseId],
  );
  const { data, reload } = useLoad(load);
  const conflict = data?.conflicts[0];
  if (!conflict) return null;
  const label = (value: string): string => {
    const parsed = CaseStatus.safeParse(value);
    return parsed.success ? labelText(CASE_STATUS_LABELS[parsed.data], language) : value;
  };

  async function choose(value: string): Promise<void> {
    const parsed = CaseStatus.safeParse(value);
    if (!parsed.success) return;
    props.onChange(
      await api.call('conflicts.resolve', {
        caseId: props.caseId,
        field: 'status',
        value: parsed.data,
      }),
    );
    reload();
  }

  return (
    <div className="warning conflict-notice" role="alert">
      <p>
        <strong>{t('review.conflict.title')}</strong>
      </p>
      <p>{t('review.conflict.intro')}</p>
      <ul>
        {conflict.values.map((v) => (
          <li key={`${v.by}-${v.at}`}>
            {t('review.conflict.value', {
              value: label(v.value),
              by: personLabel(v.by),
              at: formatInstant(v.at, language),
            })}{' '}
            <button type="button" onClick={() => void choose(v.value)}>
              {t('review.conflict.choose', { value: label(v.value) })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
