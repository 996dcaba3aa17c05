import { useTranslation } from 'react-i18next';
import type { MemberConflict } from '../../../../shared/api/household';
import {
  HOUSEHOLD_NEED_LABELS,
  HOUSEHOLD_RELATION_LABELS,
  HouseholdNeed,
  HouseholdRelation,
  labelText,
  MemberIdentifying,
} from '../../../../shared/domain';
import { usePersonLabel } from '../../review/people-context';
import { formatInstant, useLanguage } from '../../ui/dates';

/**
 * The fields of a member set differently on two devices while apart (issue #13, item 8): every
 * kept value with who and when, and a button to choose it.
 */
export function MemberConflicts(props: {
  conflicts: MemberConflict[];
  busy: boolean;
  onChoose: (
    field: MemberConflict['field'],
    value: MemberConflict['versions'][number]['value'],
  ) => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const language = useLanguage();
  const person = usePersonLabel();
  if (props.conflicts.length === 0) return null;

  function shown(field: MemberConflict['field'], value: unknown): string {
    if (value === null || value === '') {
      return field === 'removed' ? t('household.conflict.inList') : t('household.conflict.none');
    }
    if (field === 'removed') return t('household.conflict.removed');
    if (field === 'relation') {
      const r = HouseholdRelation.safeParse(value);
      return r.success ? labelText(HOUSEHOLD_RELATION_LABELS[r.data], language) : '';
    }
    if (field === 'needs' && Array.isArray(value)) {
      const needs = value.flatMap((n) => {
        const parsed = HouseholdNeed.safeParse(n);
        return parsed.success ? [labelText(HOUSEHOLD_NEED_LABELS[parsed.data], language)] : [];
      });
      return needs.length > 0 ? needs.join(', ') : t('household.conflict.none');
    }
    if (field === 'identifying') {
      const parsed = MemberIdentifying.safeParse(value);
      return parsed.success
        ? [parsed.data.name, parsed.data.birthDate, parsed.data.nik].filter(Boolean).join(' · ')
        : '';
    }
    return String(value);
  }

  return (
    <div className="member-conflicts" role="group" aria-label={t('household.conflict.title')}>
      <p className="hint">{t('household.conflict.hint')}</p>
      {props.conflicts.map((conflict) => (
        <div key={conflict.field} className="member-conflict">
          <strong>{t(`household.conflict.fields.${conflict.field}`)}</strong>
          <ul>
            {conflict.versions.map((version, i) => (
              <li key={i}>
                {t('household.conflict.version', {
                  value: shown(conflict.field, version.value),
                  who: person(version.by),
                  date: formatInstant(version.at, language),
                })}{' '}
                <button
                  type="button"
                  disabled={props.busy}
                  onClick={() => props.onChoose(conflict.field, version.value)}
                >
                  {t('household.conflict.choose')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
