import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import { isIntakeTemplate, labelText } from '../../../../shared/domain';
import { useApi } from '../../api/api-context';
import { usePersonLabel } from '../../review/people-context';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDay, formatInstant, useLanguage } from '../../ui/dates';
import { useLoad } from '../../ui/use-load';
import { IntakeForm } from './IntakeForm';
import { IntakeAnswerConflict } from './IntakeAnswerConflict';
import '../care-plan/care-plan.css';

/**
 * The case's intake assessment (issue #13, item 1): filled at first contact with the latest
 * published questionnaire, then shown with the version it was filled with.
 */
export function IntakeTab(props: {
  detail: CaseDetail;
  onChange: (detail: CaseDetail) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const person = usePersonLabel();
  const intake = props.detail.intake ?? null;
  const [editing, setEditing] = useState(false);
  const load = useCallback(() => api.call('templates.list', {}), [api]);
  const templates = useLoad(load);
  const latest = templates.data?.templates.find((tpl) => isIntakeTemplate(tpl.templateId));
  const template = intake ? intake.template : latest;

  return (
    <div className="tab-body intake">
      <div className="tab-head">
        <h2>{t('cases.intake.title')}</h2>
        {!editing && template && (
          <button
            type="button"
            className={intake ? undefined : 'primary'}
            onClick={() => setEditing(true)}
          >
            {intake ? t('cases.intake.edit') : t('cases.intake.start')}
          </button>
        )}
      </div>
      <p className="hint">{t('cases.intake.intro')}</p>
      <ErrorAlert error={templates.error} />
      {editing && template && (
        <IntakeForm
          caseId={props.detail.meta.id}
          template={template}
          firstContactDate={intake?.record.firstContactDate}
          answers={intake?.answers ?? {}}
          onCancel={() => setEditing(false)}
          onSaved={(detail) => {
            setEditing(false);
            props.onChange(detail);
          }}
        />
      )}
      {!intake && !editing && <p className="empty">{t('cases.intake.empty')}</p>}
      {intake && !editing && (
        <>
          <p className="meta-line">
            {t('cases.intake.firstContactOn', {
              date: formatDay(intake.record.firstContactDate, language),
            })}
            {' · '}
            {t('cases.intake.answered', { answered: intake.answered, count: intake.total })}
          </p>
          <p className="hint">
            {intake.template &&
              t('cases.intake.version', {
                name: labelText(intake.template.name, language),
                version: intake.record.templateVersion,
              })}
            {' · '}
            {t('cases.intake.recorded', {
              who: person(intake.record.recordedBy),
              date: formatInstant(intake.record.recordedAt, language),
            })}
            {intake.record.updatedAt !== intake.record.recordedAt &&
              `, ${t('cases.intake.updated', {
                who: person(intake.record.updatedBy),
                date: formatInstant(intake.record.updatedAt, language),
              })}`}
          </p>
          {!intake.template && <p className="notice">{t('cases.intake.versionMissing')}</p>}
          {intake.template?.stages.map((stage) => (
            <section key={stage.stageId} className="intake-section">
              <h3>{labelText(stage.title, language)}</h3>
              <dl>
                {stage.items.map((item) => (
                  <div key={item.itemId}>
                    <dt>{labelText(item.label, language)}</dt>
                    <dd className={intake.answers[item.itemId] ? undefined : 'empty'}>
                      {intake.answers[item.itemId] ?? t('cases.intake.noAnswer')}
                    </dd>
                    <IntakeAnswerConflict
                      caseId={props.detail.meta.id}
                      itemId={item.itemId}
                      conflicts={intake.conflicts}
                      onChange={props.onChange}
                    />
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </>
      )}
      {!template && !intake && templates.data && (
        <p className="notice">{t('cases.intake.templateMissing')}</p>
      )}
    </div>
  );
}
