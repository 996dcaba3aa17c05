import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import { CASE_STATUS_LABELS, CaseStatus, labelText } from '../../../../shared/domain';
import { useApi } from '../../api/api-context';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { IdentifyingFields, identifyingValues, toIdentifying } from '../../ui/IdentifyingFields';
import { useLanguage } from '../../ui/dates';
import { useFieldProblems } from '../../ui/use-field-problems';
import { useSubmit } from '../../ui/use-submit';
import { parseTags } from '../../ui/validation';

/** Alias, identifying data, tags, area and status of the case. */
export function IdentityTab(props: {
  detail: CaseDetail;
  onChange: (detail: CaseDetail) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const submit = useSubmit();
  const { meta } = props.detail;
  const [alias, setAlias] = useState(meta.alias);
  const [identifying, setIdentifying] = useState(() => identifyingValues(meta.identifying));
  const [tags, setTags] = useState(meta.tags.join(', '));
  const [area, setArea] = useState(meta.area ?? '');
  const [status, setStatus] = useState<CaseStatus>(meta.status);
  const fields = useFieldProblems('cases.update');
  const problems = fields.problems;
  const [done, setDone] = useState(false);

  async function save(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    setDone(false);
    const input = {
      caseId: meta.id,
      alias: alias.trim(),
      // Sent even when empty: clearing every field removes the identifying data.
      identifying: toIdentifying(identifying),
      tags: parseTags(tags),
      area: area.trim() === '' ? null : area.trim(),
      status,
    };
    if (!fields.check(input)) return;
    const next = await submit.run(() =>
      api.call('cases.update', input).catch((error: unknown) => {
        fields.showRefused(error);
        throw error;
      }),
    );
    if (next) {
      setDone(true);
      props.onChange(next);
    }
  }

  return (
    <form className="tab-body identity" onSubmit={(e) => void save(e)} noValidate>
      <h2>{t('cases.tabs.identity')}</h2>
      <Field
        label={t('cases.newCase.alias')}
        hint={t('cases.newCase.aliasHint')}
        problem={problems.alias}
      >
        <input autoComplete="off" value={alias} onChange={(e) => setAlias(e.target.value)} />
      </Field>
      <Field label={t('cases.list.status')}>
        <select value={status} onChange={(e) => setStatus(CaseStatus.parse(e.target.value))}>
          {CaseStatus.options.map((s) => (
            <option key={s} value={s}>
              {labelText(CASE_STATUS_LABELS[s], language)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t('cases.newCase.tags')}
        hint={t('cases.newCase.tagsHint')}
        problem={fields.under('tags')}
      >
        <input autoComplete="off" value={tags} onChange={(e) => setTags(e.target.value)} />
      </Field>
      <Field
        label={t('cases.newCase.area')}
        hint={t('cases.newCase.areaHint')}
        problem={problems.area}
      >
        <input autoComplete="off" value={area} onChange={(e) => setArea(e.target.value)} />
      </Field>
      <fieldset className="sensitive">
        <legend>{t('cases.newCase.identifyingSummary')}</legend>
        <p className="hint">{t('cases.newCase.identifyingHint')}</p>
        <IdentifyingFields values={identifying} onChange={setIdentifying} problems={problems} />
      </fieldset>
      <ErrorAlert error={submit.error} />
      <div className="actions">
        <button type="submit" disabled={submit.busy}>
          {t('cases.identity.save')}
        </button>
        {done && <span role="status">{t('cases.common.saved')}</span>}
      </div>
    </form>
  );
}
