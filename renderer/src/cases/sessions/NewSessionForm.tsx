import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import {
  isIntakeTemplate,
  isOnlineChannel,
  labelText,
  onlineCounselingSuitable,
} from '../../../../shared/domain';
import { useApi } from '../../api/api-context';
import { Field } from '../../ui/Field';
import { useLanguage } from '../../ui/dates';
import { useFieldProblems } from '../../ui/use-field-problems';
import { useLoad } from '../../ui/use-load';
import { useSubmit } from '../../ui/use-submit';
import { FormActions } from '../../ui/FormActions';
import { SessionTimingFields, useSessionTiming } from './SessionTiming';

/** A new session: when, how long, which channel, which checklist (WHO 2004 unless chosen). */
export function NewSessionForm(props: {
  detail: CaseDetail;
  onCreated: (sessionId: string) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const submit = useSubmit();
  const loadTemplates = useCallback(() => api.call('templates.list', {}), [api]);
  const templates = useLoad(loadTemplates);
  const timing = useSessionTiming(60);
  const { channel } = timing;
  const [chosenTemplate, setChosenTemplate] = useState('');
  const fields = useFieldProblems('sessions.create');
  const templateId = chosenTemplate || templates.data?.defaultTemplateId || '';
  const { risk } = props.detail;

  async function create(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const input = {
      caseId: props.detail.meta.id,
      ...timing.read(),
      channel,
      ...(templateId ? { templateId } : {}),
    };
    if (!fields.check(input)) return;
    const session = await submit.run(() =>
      api.call('sessions.create', input).catch((error: unknown) => {
        fields.showRefused(error);
        throw error;
      }),
    );
    if (session) props.onCreated(session.meta.id);
  }

  return (
    <form className="panel" onSubmit={(e) => void create(e)} noValidate>
      <h3>{t('cases.sessions.new')}</h3>
      <div className="row">
        <SessionTimingFields timing={timing} problems={fields.problems} />
        <Field label={t('cases.sessions.template')}>
          <select value={templateId} onChange={(e) => setChosenTemplate(e.target.value)}>
            {(templates.data?.templates ?? [])
              .filter((tpl) => !isIntakeTemplate(tpl.templateId))
              .map((tpl) => (
                <option key={tpl.templateId} value={tpl.templateId}>
                  {labelText(tpl.name, language)} · v{tpl.version}
                </option>
              ))}
          </select>
        </Field>
      </div>
      {risk.flagged &&
        isOnlineChannel(channel) &&
        !onlineCounselingSuitable(risk.unresolvedLevel) && (
          <p className="warning" role="status">
            {t('cases.sessions.onlineWarning')}
          </p>
        )}
      <FormActions
        submitLabel={t('cases.sessions.create')}
        busy={submit.busy}
        error={templates.error ?? submit.error}
        onCancel={props.onCancel}
      />
    </form>
  );
}
