import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import { labelText, PROGRESS_SCALE } from '../../../../shared/domain';
import { useApi } from '../../api/api-context';
import { Field } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { formatInstant, useLanguage } from '../../ui/dates';
import { useFieldProblems } from '../../ui/use-field-problems';
import { useSubmit } from '../../ui/use-submit';

type Draft = Record<string, { level: string; note: string }>;

/**
 * One session's progress on the open goals: a level 0–4 and a note for each goal discussed.
 * The session defaults to the one given (opened from a session) or the latest.
 */
export function ProgressForm(props: {
  detail: CaseDetail;
  sessionId?: string | undefined;
  onSaved: (detail: CaseDetail) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const submit = useSubmit();
  const { detail } = props;
  const open = (detail.carePlan?.goals ?? []).filter((g) => g.goal.status === 'open');
  const [sessionId, setSessionId] = useState(props.sessionId ?? detail.sessions[0]?.id ?? '');
  const [draft, setDraft] = useState<Draft>({});
  const fields = useFieldProblems('carePlan.markProgress');
  const problem = fields.problems.marks;

  const set = (goalId: string, patch: Partial<Draft[string]>) =>
    setDraft((d) => ({
      ...d,
      [goalId]: { level: '', note: '', ...d[goalId], ...patch },
    }));

  async function save(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const marks = Object.entries(draft).flatMap(([goalId, m]) =>
      m.level === ''
        ? []
        : [{ goalId, level: Number(m.level), ...(m.note.trim() ? { note: m.note.trim() } : {}) }],
    );
    const input = { caseId: detail.meta.id, sessionId, marks };
    if (!fields.check(input)) return;
    const saved = await submit.run(() =>
      api.call('carePlan.markProgress', input).catch((error: unknown) => {
        fields.showRefused(error);
        throw error;
      }),
    );
    if (saved) props.onSaved(saved);
  }

  if (detail.sessions.length === 0) {
    return <p className="notice">{t('cases.carePlan.markNoSession')}</p>;
  }
  return (
    <form className="panel progress-form" onSubmit={(e) => void save(e)} noValidate>
      <h3>{t('cases.carePlan.markTitle')}</h3>
      <p className="hint">{t('cases.carePlan.markHint')}</p>
      <Field label={t('cases.carePlan.session')}>
        <select value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
          {detail.sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {formatInstant(s.startsAt, language)}
            </option>
          ))}
        </select>
      </Field>
      {open.map(({ goal }) => (
        <fieldset key={goal.id} className="goal-mark">
          <legend>{goal.text}</legend>
          <Field label={t('cases.carePlan.level')}>
            <select
              value={draft[goal.id]?.level ?? ''}
              onChange={(e) => set(goal.id, { level: e.target.value })}
            >
              <option value="">{t('cases.carePlan.levelNone')}</option>
              {PROGRESS_SCALE.map((s) => (
                <option key={s.level} value={String(s.level)}>
                  {s.level} — {labelText(s.label, language)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('cases.carePlan.note')}>
            <input
              type="text"
              value={draft[goal.id]?.note ?? ''}
              onChange={(e) => set(goal.id, { note: e.target.value })}
            />
          </Field>
        </fieldset>
      ))}
      {problem && (
        <p className="field-error" role="alert">
          {t(problem)}
        </p>
      )}
      <FormActions
        submitLabel={t('cases.carePlan.saveMarks')}
        busy={submit.busy}
        error={submit.error}
        onCancel={props.onCancel}
      />
    </form>
  );
}
