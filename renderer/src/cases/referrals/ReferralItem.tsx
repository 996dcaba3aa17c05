import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdView } from '../../../../shared/api/household';
import type { CaseDetail } from '../../../../shared/api/records';
import {
  CONSENT_METHOD_LABELS,
  REFERRAL_STATUS_LABELS,
  REFERRAL_TARGET_LABELS,
  ReferralStatus,
  canTransition,
  daysOverdue,
  isOverdue,
  labelText,
  type Referral,
} from '../../../../shared/domain';
import { useApi } from '../../api/api-context';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDay, formatInstant, todayLocal, useLanguage } from '../../ui/dates';
import { useSubmit } from '../../ui/use-submit';
import { MemberNames } from '../household/MemberNames';
import { ReferralLetterExport } from '../../exports/ReferralLetterExport';
import { AttachmentsPanel } from '../../attachments/AttachmentsPanel';

/** One referral: where to, why, consent, follow-up; only the allowed status moves are offered. */
export function ReferralItem(props: {
  referral: Referral;
  onChange: (detail: CaseDetail) => void;
  /** The sessions whose face-to-face referral action names it (issue #13, item 9). */
  fromSessions?: ReadonlyArray<{ sessionId: string; startsAt: string }>;
  /** The case's household: the members the referral was made for are shown by alias. */
  household?: HouseholdView | undefined;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const submit = useSubmit();
  const [note, setNote] = useState('');
  const r = props.referral;
  const today = todayLocal();
  const overdue = isOverdue(r, today);
  const moves = ReferralStatus.options.filter((to) => canTransition(r.status, to));

  async function move(to: ReferralStatus): Promise<void> {
    const next = await submit.run(() =>
      api.call('referrals.transition', {
        caseId: r.caseId,
        referralId: r.id,
        to,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    );
    if (next) {
      setNote('');
      props.onChange(next);
    }
  }

  return (
    <li className={`card referral${overdue ? ' overdue' : ''}`}>
      <div className="card-head">
        <h3>{r.toWhom}</h3>
        <span className={`status status-${r.status}`}>
          {labelText(REFERRAL_STATUS_LABELS[r.status], language)}
        </span>
        {overdue && (
          <span className="overdue-mark">
            {t('cases.referrals.overdueDays', { count: daysOverdue(r, today) })}
          </span>
        )}
      </div>
      <p className="hint">{labelText(REFERRAL_TARGET_LABELS[r.target], language)}</p>
      {(props.fromSessions ?? []).map((s) => (
        <p key={s.sessionId} className="hint referral-source">
          {t('cases.referrals.fromSession', { at: formatInstant(s.startsAt, language) })}
        </p>
      ))}
      <MemberNames household={props.household} ids={r.householdMemberIds} />
      <p>{r.reason}</p>
      <dl className="facts">
        <dt>{t('cases.referrals.followUpDate')}</dt>
        <dd>{formatDay(r.followUpDate, language)}</dd>
        <dt>{t('cases.referrals.consent')}</dt>
        <dd>
          {r.consent.given
            ? t('cases.referrals.consentGivenSummary', {
                method: labelText(
                  CONSENT_METHOD_LABELS[r.consent.method],
                  language,
                ).toLocaleLowerCase(),
                scope: r.consent.scope || t('cases.common.none'),
              })
            : t('cases.referrals.consentNotGiven')}
        </dd>
      </dl>
      <ReferralLetterExport referral={r} />
      {/* A file that belongs to this referral: the partner's reply, a signed consent (issue #14). */}
      <AttachmentsPanel caseId={r.caseId} owner={{ kind: 'referral', id: r.id }} level={4} />
      {moves.length > 0 && (
        <div className="transition">
          <label>
            {t('cases.referrals.transitionNote')}
            <input value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="actions">
            {moves.map((to) => (
              <button key={to} type="button" disabled={submit.busy} onClick={() => void move(to)}>
                {t(`cases.referrals.moveTo.${to}`)}
              </button>
            ))}
          </div>
        </div>
      )}
      <ErrorAlert error={submit.error} />
      <details>
        <summary>{t('cases.referrals.history')}</summary>
        <ol className="history">
          {r.history.map((h, i) => (
            <li key={i}>
              {formatInstant(h.at, language)}:{' '}
              {labelText(REFERRAL_STATUS_LABELS[h.status], language)}
              {h.note && ` — ${h.note}`}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}
