import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/api/records';
import { useApi } from '../api/api-context';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { useFieldProblems } from '../ui/use-field-problems';
import { useLoad } from '../ui/use-load';
import { useSubmit } from '../ui/use-submit';
import { SessionTimingFields, useSessionTiming } from '../cases/sessions/SessionTiming';
import './group.css';

/**
 * A group session started from a case (issue #13, item 4): when, how long, which channel, and
 * the other participants, chosen from this person's own cases by alias. The core refuses a
 * group of one or a case twice; the form checks with the same schema (`GroupCaseIds`).
 */
export function NewGroupForm(props: {
  detail: CaseDetail;
  onCreated: (groupId: string) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const submit = useSubmit();
  const loadCases = useCallback(() => api.call('cases.list', {}), [api]);
  const cases = useLoad(loadCases);
  const timing = useSessionTiming(90);
  const [chosen, setChosen] = useState<string[]>([]);
  const [pick, setPick] = useState('');
  const fields = useFieldProblems('groups.create');
  const hostId = props.detail.meta.id;
  const others = (cases.data?.cases ?? []).filter((c) => c.id !== hostId);
  const aliasOf = (id: string): string => others.find((c) => c.id === id)?.alias ?? '';
  const available = others.filter((c) => !chosen.includes(c.id));

  function add(): void {
    if (!pick || chosen.includes(pick)) return;
    setChosen([...chosen, pick]);
    setPick('');
  }

  async function create(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const input = {
      caseIds: [hostId, ...chosen],
      ...timing.read(),
      channel: timing.channel,
    };
    if (!fields.check(input)) return;
    const group = await submit.run(() =>
      api.call('groups.create', input).catch((error: unknown) => {
        fields.showRefused(error);
        throw error;
      }),
    );
    if (group) props.onCreated(group.meta.id);
  }

  return (
    <form className="panel group-form" onSubmit={(e) => void create(e)} noValidate>
      <h3>{t('groups.newTitle')}</h3>
      <p className="hint">{t('groups.newHint')}</p>
      <div className="row">
        <SessionTimingFields timing={timing} problems={fields.problems} />
      </div>
      <fieldset className="group-participants">
        <legend>{t('groups.participants')}</legend>
        <ul className="group-chosen">
          <li>{t('groups.host', { alias: props.detail.meta.alias })}</li>
          {chosen.map((id) => (
            <li key={id}>
              {aliasOf(id)}{' '}
              <button
                type="button"
                className="link"
                aria-label={t('groups.removeParticipant', { alias: aliasOf(id) })}
                onClick={() => setChosen(chosen.filter((c) => c !== id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        {others.length === 0 && cases.data ? (
          <p className="empty">{t('groups.noOtherCases')}</p>
        ) : (
          <div className="row group-add">
            <Field label={t('groups.addLabel')} problem={fields.under('caseIds')}>
              <select value={pick} onChange={(e) => setPick(e.target.value)}>
                <option value="">{t('groups.addChoose')}</option>
                {available.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.alias}
                  </option>
                ))}
              </select>
            </Field>
            <button type="button" onClick={add} disabled={!pick}>
              {t('groups.add')}
            </button>
          </div>
        )}
      </fieldset>
      <FormActions
        submitLabel={t('groups.create')}
        busy={submit.busy}
        error={cases.error ?? submit.error}
        onCancel={props.onCancel}
      />
    </form>
  );
}
