import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import { labelText, type ChecklistTemplate, type IntakeAnswers } from '../../../../shared/domain';
import { useApi } from '../../api/api-context';
import { Field } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { todayLocal, useLanguage } from '../../ui/dates';
import { useFieldProblems } from '../../ui/use-field-problems';
import { useSubmit } from '../../ui/use-submit';

/** The intake questionnaire, one text answer per question, grouped by section. */
export function IntakeForm(props: {
  caseId: string;
  template: ChecklistTemplate;
  firstContactDate?: string | undefined;
  answers: IntakeAnswers;
  onSaved: (detail: CaseDetail) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const submit = useSubmit();
  const [date, setDate] = useState(props.firstContactDate ?? todayLocal());
  const [answers, setAnswers] = useState<IntakeAnswers>(props.answers);
  const fields = useFieldProblems('intake.save');

  async function save(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const input = {
      caseId: props.caseId,
      firstContactDate: date,
      answers,
      templateId: props.template.templateId,
    };
    if (!fields.check(input)) return;
    const detail = await submit.run(() =>
      api.call('intake.save', input).catch((error: unknown) => {
        fields.showRefused(error);
        throw error;
      }),
    );
    if (detail) props.onSaved(detail);
  }

  return (
    <form className="panel intake-form" onSubmit={(e) => void save(e)} noValidate>
      <h3>{labelText(props.template.name, language)}</h3>
      <Field label={t('cases.intake.firstContact')} problem={fields.problems.firstContactDate}>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </Field>
      {props.template.stages.map((stage) => (
        <fieldset key={stage.stageId}>
          <legend>{labelText(stage.title, language)}</legend>
          {stage.items.map((item) => (
            <Field
              key={item.itemId}
              label={labelText(item.label, language)}
              {...(item.note ? { hint: labelText(item.note, language) } : {})}
            >
              <textarea
                rows={2}
                value={answers[item.itemId] ?? ''}
                onChange={(e) => setAnswers((a) => ({ ...a, [item.itemId]: e.target.value }))}
              />
            </Field>
          ))}
        </fieldset>
      ))}
      <FormActions
        submitLabel={t('cases.intake.save')}
        busy={submit.busy}
        error={submit.error}
        onCancel={props.onCancel}
      />
    </form>
  );
}
