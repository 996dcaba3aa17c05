import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/api/records';
import type { CaseConflict } from '../../../shared/api/review';
import {
  CASE_STATUS_LABELS,
  CaseStatus,
  labelText,
  REFERRAL_STATUS_LABELS,
  ReferralStatus,
} from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { formatInstant, useLanguage } from '../ui/dates';
import { useLoad } from '../ui/use-load';
import { usePersonLabel } from './people-context';

/**
 * Shown in the case header when two people set the case status differently while apart: both
 * values with who and when, and a button to choose each.
 */
export function CaseStatusConflict(props: {
  caseId: string;
  onChange: (detail: CaseDetail) => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const personLabel = usePersonLabel();
  const api = useApi();
  const language = useLanguage();
  const load = useCallback(
    () => api.call('conflicts.list', { caseId: props.caseId }),
    [api, props.caseId],
  );
  const { data, reload } = useLoad(load);
  const conflicts = data?.conflicts ?? [];
  if (conflicts.length === 0) return null;

  const label = (conflict: CaseConflict, value: string): string => {
    if (conflict.field === 'status') {
      const parsed = CaseStatus.safeParse(value);
      return parsed.success ? labelText(CASE_STATUS_LABELS[parsed.data], language) : value;
    }
    const parsed = ReferralStatus.safeParse(value);
    return parsed.success ? labelText(REFERRAL_STATUS_LABELS[parsed.data], language) : value;
  };

  async function choose(conflict: CaseConflict, value: string): Promise<void> {
    if (conflict.field === 'status') {
      const parsed = CaseStatus.safeParse(value);
      if (!parsed.success) return;
      props.onChange(
        await api.call('conflicts.resolve', {
          caseId: props.caseId,
          field: 'status',
          value: parsed.data,
        }),
      );
    } else {
      const parsed = ReferralStatus.safeParse(value);
      if (!parsed.success || !conflict.referralId) return;
      props.onChange(
        await api.call('conflicts.resolve', {
          caseId: props.caseId,
          field: 'referralStatus',
          referralId: conflict.referralId,
          value: parsed.data,
        }),
      );
    }
    reload();
  }

  return (
    <>
      {conflicts.map((conflict) => (
        <div
          key={`${conflict.field}-${conflict.referralId ?? ''}`}
          className="warning conflict-notice"
          role="alert"
        >
          <p>
            <strong>
              {conflict.field === 'status'
                ? t('review.conflict.title')
                : t('review.conflict.referralTitle')}
            </strong>
          </p>
          <p>{t('review.conflict.intro')}</p>
          <ul>
            {conflict.values.map((v) => (
              <li key={`${v.by}-${v.at}`}>
                {t('review.conflict.value', {
                  value: label(conflict, v.value),
                  by: personLabel(v.by),
                  at: formatInstant(v.at, language),
                })}{' '}
                <button type="button" onClick={() => void choose(conflict, v.value)}>
                  {t('review.conflict.choose', { value: label(conflict, v.value) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
