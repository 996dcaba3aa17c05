import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  labelText,
  RISK_ACTION_LABELS,
  RISK_LEVEL_LABELS,
  SESSION_CHANNEL_LABELS,
} from '../../../shared/domain';
import { ApiCallError } from '../../../shared/api/client';
import { useApi } from '../api/api-context';
import { errorText } from '../api/errors';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useSubmit } from '../ui/use-submit';
import { useLanguage } from '../i18n/use-language';
import { formatSessionDate } from '../session/format';
import { GroupPartPanel } from './GroupPartPanel';
import { GroupSharedNote } from './GroupSharedNote';
import { refusedParts } from './submit-refusal';
import { useGroup } from './use-group';
import './group.css';
import { SyncedAsOf } from '../sync/SyncedAsOf';

/**
 * A group session (issue #13, item 4): the meeting, the shared note, and one tab per participant
 * with their own note and risk screen; sending it sends every part for review, each signed off
 * on its own. A participant whose case is not on this device shows as such, and their part
 * cannot be opened.
 */
export function GroupScreen(props: {
  groupId: string;
  onBack: () => void;
  openPart: (sessionId: string, caseId: string) => void;
  openSafetyPlan: (caseId: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const { detail, error, accept, listen } = useGroup(props.groupId);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [sent, setSent] = useState(false);
  const submit = useSubmit();

  if (!detail) {
    return (
      <section className="group-screen">
        <button type="button" onClick={props.onBack}>
          ← {t('groups.back')}
        </button>
        {error ? (
          <p role="alert" className="session-error">
            {/* Not holding every participant's case is why a shared part is not here. */}
            {error instanceof ApiCallError && error.error.code === 'not_found'
              ? t('groups.sharedUnreadable')
              : errorText(t, error)}
          </p>
        ) : (
          <p className="loading">{t('groups.loading')}</p>
        )}
      </section>
    );
  }

  const { meta, participants } = detail;
  const current = participants.find((p) => p.sessionId === selected) ?? participants[0];
  const refused = refusedParts(submit.error);
  // A part already sent or signed is not sent again: the button waits for a draft or a return.
  const sendable = participants.some(
    (p) => p.readable && (p.reviewStatus === 'draft' || p.reviewStatus === 'returned'),
  );
  const refusedText = refused
    ?.map((r) => {
      const alias = participants.find((p) => p.sessionId === r.sessionId)?.alias ?? '';
      const kinds = r.missing.map((k) => labelText(RISK_ACTION_LABELS[k], language)).join(', ');
      return `${alias} (${kinds})`;
    })
    .join('; ');

  async function send(): Promise<void> {
    setSent(false);
    const next = await submit.run(() => api.call('groups.submit', { groupId: props.groupId }));
    if (next) {
      accept(next);
      setSent(true);
    }
  }

  return (
    <article className="group-screen">
      <header className="session-header">
        <div className="session-actions">
          <button type="button" onClick={props.onBack}>
            ← {t('groups.back')}
          </button>
        </div>
        <p className="eyebrow">{t('groups.title')}</p>
        <h1>{participants.map((p) => p.alias).join(', ')}</h1>
        <SyncedAsOf />
        <p className="session-facts">
          <span>{formatSessionDate(meta.startsAt, language)}</span>
          <span>{labelText(SESSION_CHANNEL_LABELS[meta.channel], language)}</span>
          <span>
            {t('groups.summary', { count: participants.length, minutes: meta.durationMinutes })}
          </span>
        </p>
      </header>
      <GroupSharedNote key={detail.documentId} detail={detail} listen={listen} />
      <section className="card group-parts" aria-labelledby="group-parts-title">
        <h2 id="group-parts-title">{t('groups.partsTitle')}</h2>
        <div role="tablist" aria-labelledby="group-parts-title" className="group-tabs">
          {participants.map((p) => (
            <button
              key={p.sessionId}
              type="button"
              role="tab"
              id={`group-tab-${p.sessionId}`}
              aria-selected={p.sessionId === current?.sessionId}
              aria-controls={`group-panel-${p.sessionId}`}
              onClick={() => setSelected(p.sessionId)}
            >
              <span>{t('groups.partTab', { alias: p.alias })}</span>
              {p.readable && p.riskLevel !== 'none' && (
                <span className={`risk-badge ${p.riskLevel}`}>
                  {labelText(RISK_LEVEL_LABELS[p.riskLevel], language)}
                </span>
              )}
              {p.readable && (
                <span className="group-status">{t(`groups.review.${p.reviewStatus}`)}</span>
              )}
            </button>
          ))}
        </div>
        {current && (
          <div
            role="tabpanel"
            id={`group-panel-${current.sessionId}`}
            aria-labelledby={`group-tab-${current.sessionId}`}
          >
            {current.readable ? (
              <GroupPartPanel
                key={current.sessionId}
                sessionId={current.sessionId}
                alias={current.alias}
                openPart={() => props.openPart(current.sessionId, current.caseId)}
                openSafetyPlan={() => props.openSafetyPlan(current.caseId)}
              />
            ) : (
              <p className="notice">{t('groups.partUnreadable')}</p>
            )}
          </div>
        )}
      </section>
      <section className="card group-submit">
        <p className="hint">{t('groups.submitHint')}</p>
        {refusedText ? (
          <p className="error" role="alert">
            {t('groups.blocked', { parts: refusedText })}
          </p>
        ) : (
          <ErrorAlert error={submit.error} />
        )}
        {sent && (
          <p className="notice" role="status">
            {t('groups.sent')}
          </p>
        )}
        <button
          type="button"
          className="primary"
          disabled={submit.busy || !sendable}
          onClick={() => void send()}
        >
          {t('groups.submit')}
        </button>
      </section>
    </article>
  );
}
