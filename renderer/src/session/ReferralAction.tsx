import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelText, REFERRAL_TARGET_LABELS, RISK_ACTION_LABELS } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { ReferralForm } from '../cases/referrals/ReferralForm';
import { formatInstant, useLanguage } from '../ui/dates';
import { useLoad } from '../ui/use-load';
import type { SessionState } from './use-session';

/**
 * Recording "face-to-face referral" (issue #13, item 9): the action names a referral record of
 * the case, chosen from its referrals or made here, so the referral is a record with its consent
 * and follow-up and shows the session it came from, not a line of text.
 */
export function ReferralAction(props: {
  sessionId: string;
  caseId: string;
  change: SessionState['change'];
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const { caseId } = props;
  const load = useCallback(() => api.call('cases.get', { caseId }), [api, caseId]);
  const kase = useLoad(load);
  const referrals = [...(kase.data?.referrals ?? [])].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  const [chosen, setChosen] = useState('');
  const [note, setNote] = useState('');
  const [creating, setCreating] = useState(false);
  const referralId = chosen || referrals[0]?.id || '';

  function record(event: React.FormEvent): void {
    event.preventDefault();
    if (!referralId) return;
    void props.change(() =>
      api.call('sessions.recordRiskAction', {
        sessionId: props.sessionId,
        kind: 'faceToFaceReferral',
        note: note.trim(),
        referralId,
      }),
    );
  }

  return (
    <div className="referral-action no-print">
      {referrals.length > 0 && !creating && (
        <form className="record-action" onSubmit={record}>
          <label>
            {t('session.risk.referral.choose')}
            <select value={referralId} onChange={(e) => setChosen(e.target.value)}>
              {referrals.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.toWhom} — {labelText(REFERRAL_TARGET_LABELS[r.target], language)} (
                  {formatInstant(r.createdAt, language)})
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('session.risk.actionNote.faceToFaceReferral')}
            <textarea
              rows={2}
              maxLength={5000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </label>
          <button
            type="submit"
            aria-label={t('session.risk.recordOne', {
              action: labelText(RISK_ACTION_LABELS.faceToFaceReferral, language),
            })}
          >
            {t('session.risk.record')}
          </button>
        </form>
      )}
      {referrals.length === 0 && !creating && kase.data && (
        <p className="hint">{t('session.risk.referral.none')}</p>
      )}
      {creating ? (
        <ReferralForm
          caseId={props.caseId}
          onCancel={() => setCreating(false)}
          onCreated={(detail) => {
            const known = new Set(referrals.map((r) => r.id));
            const made = detail.referrals.find((r) => !known.has(r.id));
            kase.setData(detail);
            if (made) setChosen(made.id);
            setCreating(false);
          }}
        />
      ) : (
        <button type="button" onClick={() => setCreating(true)}>
          {t('session.risk.referral.create')}
        </button>
      )}
    </div>
  );
}
