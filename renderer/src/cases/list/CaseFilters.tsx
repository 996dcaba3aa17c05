import { useTranslation } from 'react-i18next';
import { CaseSort } from '../../../../shared/api/records';
import { CASE_STATUS_LABELS, CaseStatus, labelText } from '../../../../shared/domain';
import { Field } from '../../ui/Field';
import { DateField } from '../../components/DateField';
import { useLanguage } from '../../ui/dates';
import type { CaseFilterValues } from './filters';

/** Status, risk, contact, tag filters and the sort order of the case list. */
export function CaseFilters(props: {
  values: CaseFilterValues;
  knownTags: string[];
  onChange: (values: CaseFilterValues) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const v = props.values;
  const set = (patch: Partial<CaseFilterValues>) => props.onChange({ ...v, ...patch });
  return (
    <fieldset className="filters">
      <legend>{t('cases.list.filters')}</legend>
      <Field label={t('cases.list.status')}>
        <select
          value={v.status}
          onChange={(e) => {
            const parsed = CaseStatus.safeParse(e.target.value);
            set({ status: parsed.success ? parsed.data : '' });
          }}
        >
          <option value="">{t('cases.common.all')}</option>
          {CaseStatus.options.map((s) => (
            <option key={s} value={s}>
              {labelText(CASE_STATUS_LABELS[s], language)}
            </option>
          ))}
        </select>
      </Field>
      <label className="inline">
        <input
          type="checkbox"
          checked={v.flaggedOnly}
          onChange={(e) => set({ flaggedOnly: e.target.checked })}
        />
        {t('cases.list.flaggedOnly')}
      </label>
      <DateField
        className="field"
        label={t('cases.list.noContactSince')}
        value={v.noContactSince}
        onChange={(noContactSince) => set({ noContactSince })}
      />
      <Field label={t('cases.list.tag')}>
        <input
          list="case-tags"
          autoComplete="off"
          value={v.tag}
          onChange={(e) => set({ tag: e.target.value })}
        />
      </Field>
      <datalist id="case-tags">
        {props.knownTags.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <Field label={t('cases.list.sort')}>
        <select value={v.sort} onChange={(e) => set({ sort: CaseSort.parse(e.target.value) })}>
          {CaseSort.options.map((s) => (
            <option key={s} value={s}>
              {t(`cases.list.sortBy.${s}`)}
            </option>
          ))}
        </select>
      </Field>
    </fieldset>
  );
}
