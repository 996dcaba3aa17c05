import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import {
  SAFETY_PLAN_STEPS,
  emptySafetyPlanSteps,
  labelText,
  type SafetyPlanStepId,
} from '../../../../shared/domain';
import { useApi } from '../../api/api-context';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatInstant, useLanguage } from '../../ui/dates';
import { useSubmit } from '../../ui/use-submit';
import type { Navigate } from '../../ui/navigate';
import { hasProblems } from '../../ui/validation';
import { useFieldProblems } from '../../ui/use-field-problems';
import { draftOf, planOf, problemsByRow, type PlanDraft } from './draft';
import { PeopleField } from './PeopleField';
import { PlanRiskLinks } from './PlanRiskLinks';
import { ProfessionalsField } from './ProfessionalsField';
import { TextListField } from './TextListField';

/** The six steps of Stanley & Brown's safety plan, written with the client. */
export function SafetyPlanTab(props: {
  detail: CaseDetail;
  onChange: (detail: CaseDetail) => void;
  navigate?: Navigate;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const submit = useSubmit();
  const saved = props.detail.safetyPlan;
  const [draft, setDraft] = useState<PlanDraft>(() => draftOf(saved));
  const fields = useFieldProblems('cases.saveSafetyPlan');
  const [rows, setRows] = useState<Record<string, string>>({});
  const problems = problemsByRow(fields.problems, rows);
  const [done, setDone] = useState(false);
  const set = (patch: Partial<PlanDraft>) => {
    setDone(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const missing = saved ? emptySafetyPlanSteps(saved) : [];

  async function save(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const { plan, rows: kept } = planOf(draft);
    const input = { caseId: props.detail.meta.id, plan };
    setRows(kept);
    if (!fields.check(input)) return;
    const next = await submit.run(() => api.call('cases.saveSafetyPlan', input));
    if (next) {
      setDone(true);
      props.onChange(next);
    }
  }

  function stepBody(stepId: SafetyPlanStepId, title: string): React.ReactNode {
    switch (stepId) {
      case 'warningSigns':
      case 'copingStrategies':
      case 'meansSafety':
        return (
          <TextListField
            label={title}
            values={draft[stepId]}
            onChange={(v) => set({ [stepId]: v })}
          />
        );
      case 'distractions':
        return (
          <>
            <PeopleField
              label={t('cases.safetyPlan.people')}
              problemKey="distractionPeople"
              problems={problems}
              values={draft.distractionPeople}
              onChange={(distractionPeople) => set({ distractionPeople })}
            />
            <TextListField
              label={t('cases.safetyPlan.places')}
              values={draft.distractionPlaces}
              onChange={(distractionPlaces) => set({ distractionPlaces })}
            />
          </>
        );
      case 'helpContacts':
        return (
          <PeopleField
            label={t('cases.safetyPlan.helper')}
            problemKey="helpContacts"
            problems={problems}
            values={draft.helpContacts}
            onChange={(helpContacts) => set({ helpContacts })}
          />
        );
      case 'professionals':
        return (
          <ProfessionalsField
            label={t('cases.safetyPlan.professional')}
            problems={problems}
            values={draft.professionals}
            onChange={(professionals) => set({ professionals })}
          />
        );
    }
  }

  return (
    <form className="tab-body safety-plan" onSubmit={(e) => void save(e)} noValidate>
      <h2>{t('cases.tabs.safetyPlan')}</h2>
      <p className="hint">{t('cases.safetyPlan.intro')}</p>
      {props.navigate && <PlanRiskLinks detail={props.detail} navigate={props.navigate} />}
      {saved && (
        <p className="hint">
          {t('cases.safetyPlan.updatedAt', { date: formatInstant(saved.updatedAt, language) })}
          {missing.length > 0 &&
            ` · ${t('cases.safetyPlan.missing', {
              steps: missing
                .map((id) => SAFETY_PLAN_STEPS.find((s) => s.stepId === id)?.number)
                .join(', '),
            })}`}
        </p>
      )}
      {SAFETY_PLAN_STEPS.map((step) => {
        const title = labelText(step.title, language);
        return (
          <fieldset key={step.stepId} className="plan-step">
            <legend>
              {step.number}. {title}
            </legend>
            <p className="hint">{labelText(step.prompt, language)}</p>
            {stepBody(step.stepId, title)}
          </fieldset>
        );
      })}
      <label>
        {t('cases.safetyPlan.reasonForLiving')}
        <input
          value={draft.reasonForLiving}
          onChange={(e) => set({ reasonForLiving: e.target.value })}
        />
      </label>
      <ErrorAlert error={submit.error} />
      {hasProblems(problems) && (
        <p className="field-error" role="alert">
          {t('cases.validation.fixAbove')}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={submit.busy}>
          {t('cases.safetyPlan.save')}
        </button>
        {done && <span role="status">{t('cases.common.saved')}</span>}
      </div>
    </form>
  );
}
