import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import { labelText, onlineCounselingSuitable, RISK_LEVEL_LABELS } from '../../../../shared/domain';
import { useApi } from '../../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { formatInstant, useLanguage } from '../ui/dates';
import { useSubmit } from '../ui/use-submit';
import { requiredProblem } from '../ui/validation';

/**
 * A moderate or high screen nobody has dealt with (seeds 003/004: not fit for online
 * counseling). The case stays flagged until the counselor records what was done.
 */
export function RiskPanel(props: {
  detail: CaseDetail;
  onChange: (detail: CaseDetail) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const submit = useSubmit();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const { risk, meta } = props.detail;
  const level = labelText(RISK_LEVEL_LABELS[risk.unresolvedLevel], language);

  async function resolve(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const found = requiredProblem(note) && 'cases.risk.noteRequired';
    setProblem(found);
    if (found) return;
    const next = await submit.run(() =>
      api.call('cases.resolveRisk', { caseId: meta.id, note: note.trim() }),
    );
    if (next) {
      setNote('');
      props.onChange(next);
    }
  }

  return (
    <section className={`risk-panel risk-${risk.unresolvedLevel}`} aria-labelledby="risk-title">
      <h2 id="risk-title">{t('cases.risk.unresolvedTitle')}</h2>
      <p className="risk-level">
        {t('cases.risk.level', { level })}
        {risk.flaggedSince &&
          ` · ${t('cases.risk.since', { date: formatInstant(risk.flaggedSince, language) })}`}
      </p>
      {!onlineCounselingSuitable(risk.unresolvedLevel) && (
        <p>
          <strong>{t('cases.risk.notOnline')}</strong> {t('cases.risk.whatToDo')}
        </p>
      )}
      <form onSubmit={(e) => void resolve(e)} noValidate>
        <Field label={t('cases.risk.note')} hint={t('cases.risk.noteHint')} problem={problem}>
          <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <ErrorAlert error={submit.error} />
        <button type="submit" disabled={submit.busy}>
          {t('cases.risk.resolve')}
        </button>
      </form>
    </section>
  );
}
