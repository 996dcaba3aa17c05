import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import {
  labelText,
  onlineCounselingSuitable,
  RISK_ACTION_LABELS,
  RISK_LEVEL_LABELS,
} from '../../../../shared/domain';
import { useApi } from '../../api/api-context';
import { EmergencyContacts } from '../safety-plan/EmergencyContacts';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { formatInstant, useLanguage } from '../../ui/dates';
import type { Navigate } from '../../ui/navigate';
import { useSubmit } from '../../ui/use-submit';
import { useFieldProblems } from '../../ui/use-field-problems';

/**
 * A moderate or high screen not yet handled (seeds 003/004: not fit for online counseling). It
 * is handled where it was found: recording the session's required actions clears it
 * (shared/domain/risk/handling.ts), so this panel points at those sessions, at the safety plan
 * the actions refer to, and at the emergency contacts. A written resolution stays for handling
 * that does not fit the actions, folded away.
 */
export function RiskPanel(props: {
  detail: CaseDetail;
  onChange: (detail: CaseDetail) => void;
  navigate?: Navigate;
  onOpenPlan?: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const submit = useSubmit();
  const [note, setNote] = useState('');
  const fields = useFieldProblems('cases.resolveRisk');
  const problem = fields.problems.note;
  const { risk, meta } = props.detail;
  const level = labelText(RISK_LEVEL_LABELS[risk.unresolvedLevel], language);
  const navigate = props.navigate;

  async function resolve(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const input = { caseId: meta.id, note: note.trim() };
    if (!fields.check(input)) return;
    const next = await submit.run(() =>
      api.call('cases.resolveRisk', input).catch((error: unknown) => {
        fields.showRefused(error);
        throw error;
      }),
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
          <strong>{t('cases.risk.notOnline')}</strong> {t('inbox.caseRisk.byActions')}
        </p>
      )}
      {risk.unresolvedLevel === 'high' && <EmergencyContacts plan={props.detail.safetyPlan} />}
      <ul className="unhandled-sessions">
        {risk.unhandled.map((u) => (
          <li key={`${u.sessionId ?? ''}-${u.at}`}>
            <strong>{t('inbox.caseRisk.session', { date: formatInstant(u.at, language) })}</strong>
            {' · '}
            {t('inbox.riskMissing', {
              list: u.missing.map((k) => labelText(RISK_ACTION_LABELS[k], language)).join(', '),
            })}
            {u.sessionId && navigate && (
              <>
                {' '}
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    navigate({
                      kind: 'session',
                      sessionId: u.sessionId ?? '',
                      caseId: meta.id,
                      focus: 'risk',
                    })
                  }
                >
                  {t('inbox.caseRisk.openSession')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {props.onOpenPlan && (
        <p>
          <button type="button" className="link" onClick={props.onOpenPlan}>
            {t('inbox.plan.openPlan')}
          </button>
        </p>
      )}
      <details className="resolve-otherwise">
        <summary>{t('inbox.caseRisk.otherwise')}</summary>
        <form onSubmit={(e) => void resolve(e)} noValidate>
          <Field label={t('cases.risk.note')} hint={t('cases.risk.noteHint')} problem={problem}>
            <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
          <ErrorAlert error={submit.error} />
          <button type="submit" disabled={submit.busy}>
            {t('cases.risk.resolve')}
          </button>
        </form>
      </details>
    </section>
  );
}
