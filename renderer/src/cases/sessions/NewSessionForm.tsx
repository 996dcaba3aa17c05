import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import {
  isIntakeTemplate,
  SESSION_CHANNEL_LABELS,
  SessionChannel,
  isOnlineChannel,
  labelText,
  onlineCounselingSuitable,
} from '../../../../shared/domain';
import { useApi } from '../../api/api-context';
import { DateTimeField } from '../../components/DateField';
import { Field } from '../../ui/Field';
import { localInputToIso, nowLocalInput, useLanguage } from '../../ui/dates';
import { useLoad } from '../../ui/use-load';
import { useSubmit } from '../../ui/use-submit';
import { FormActions } from '../../ui/FormActions';

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
  const [startsAt, setStartsAt] = useState(nowLocalInput);
  const [duration, setDuration] = useState('60');
  const [channel, setChannel] = useState<SessionChannel>('faceToFace');
  const [chosenTemplate, setChosenTemplate] = useState('');
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});
  const templateId = chosenTemplate || templates.data?.defaultTemplateId || '';
  const { risk } = props.detail;

  async function create(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const iso = localInputToIso(startsAt);
    const minutes = Number(duration);
    const found = {
      startsAt: iso ? undefined : 'cases.validation.dateTime',
      duration:
        Number.isInteger(minutes) && minutes >= 0 && minutes <= 1440
          ? undefined
          : 'cases.validation.duration',
    };
    setProblems(found);
    if (!iso || found.duration) return;
    const session = await submit.run(() =>
      api.call('sessions.create', {
        caseId: props.detail.meta.id,
        startsAt: iso,
        durationMinutes: minutes,
        channel,
        ...(templateId ? { templateId } : {}),
      }),
    );
    if (session) props.onCreated(session.meta.id);
  }

  return (
    <form className="panel" onSubmit={(e) => void create(e)} noValidate>
      <h3>{t('cases.sessions.new')}</h3>
      <div className="row">
        <DateTimeField
          className="field"
          label={t('cases.sessions.startsAt')}
          problem={problems.startsAt}
          value={startsAt}
          onChange={setStartsAt}
        />
        <Field label={t('cases.sessions.duration')} problem={problems.duration}>
          <input
            type="number"
            min={0}
            max={1440}
            step={5}
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
          />
        </Field>
        <Field label={t('cases.sessions.channel')}>
          <select
            value={channel}
            onChange={(e) => setChannel(SessionChannel.parse(e.target.value))}
          >
            {SessionChannel.options.map((c) => (
              <option key={c} value={c}>
                {labelText(SESSION_CHANNEL_LABELS[c], language)}
              </option>
            ))}
          </select>
        </Field>
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
