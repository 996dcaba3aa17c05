import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../shared/api/records';
import {
  labelText,
  RISK_ACTION_LABELS,
  RISK_OVERRIDE_MIN_CHARS,
  reviewGate,
  type ReviewGate,
  type RiskActionKind,
} from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { formatInstant, useLanguage } from '../ui/dates';
import { useFieldProblems } from '../ui/use-field-problems';
import { SECTION_ANCHOR } from '../session/SessionSections';
import type { SessionState } from '../session/use-session';
import { usePersonLabel } from './people-context';

/** The rule the core enforces on submit and sign-off (shared/domain/risk/gate.ts), for this detail. */
export function sessionGate(detail: SessionDetail): ReviewGate {
  return reviewGate({
    level: detail.risk.level,
    actions: detail.risk.actions,
    screenedAt: detail.risk.screenedAt,
    overrides: detail.review.riskOverrides,
    openConflicts: detail.conflicts.length,
  });
}

/** The required actions' names in the person's language, as the notice and the error say them. */
export function actionList(kinds: readonly RiskActionKind[], language: 'id' | 'en'): string {
  return kinds.map((kind) => labelText(RISK_ACTION_LABELS[kind], language)).join(', ');
}

/**
 * Beside the submit and sign controls (issue #13, item 9): what still stands in the way (the
 * required actions not recorded, a kept value not chosen), a link to the risk section, and for
 * whoever writes the session a reason to go on without the actions. An override given is shown
 * to everyone, the supervisor above all, with who and when.
 */
export function ReviewGateNotice(props: {
  detail: SessionDetail;
  change: SessionState['change'];
  step: 'send' | 'sign';
  /** This person writes the session: they may give an override. */
  writes: boolean;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const language = useLanguage();
  const personLabel = usePersonLabel();
  const gate = sessionGate(props.detail);
  const blocked = gate.blocking.length > 0;
  const conflicts = props.step === 'sign' && gate.openConflicts > 0;
  if (!blocked && !conflicts && !gate.override) return null;
  const toRisk = (
    <a href={`#${SECTION_ANCHOR.risk}`} onClick={(e) => jump(e, SECTION_ANCHOR.risk)}>
      {t('review.gate.toRisk')}
    </a>
  );
  return (
    <div className="review-gate" data-testid="review-gate">
      {blocked && (
        <p className="warning" role="status">
          {t(props.step === 'send' ? 'review.gate.missingSend' : 'review.gate.missingSign', {
            list: actionList(gate.blocking, language),
          })}{' '}
          {toRisk}
        </p>
      )}
      {conflicts && (
        <p className="warning" role="status">
          {t('review.gate.conflictSign', { count: gate.openConflicts })}
        </p>
      )}
      {gate.override && (
        <div className="notice risk-override" role="note">
          <p>
            <strong>
              {t('review.gate.overrideGiven', {
                list: actionList(gate.override.missing, language),
              })}
            </strong>{' '}
            <span className="hint">
              {t('review.session.byAt', {
                by: personLabel(gate.override.by),
                at: formatInstant(gate.override.at, language),
              })}
            </span>
          </p>
          <blockquote>{gate.override.reason}</blockquote>
        </div>
      )}
      {blocked && props.writes && props.step === 'send' && (
        <OverrideForm detail={props.detail} change={props.change} />
      )}
    </div>
  );
}

function OverrideForm(props: {
  detail: SessionDetail;
  change: SessionState['change'];
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [reason, setReason] = useState('');
  const fields = useFieldProblems('review.overrideRiskActions');
  // The button waits for words; how many are enough, the method's schema says (issue #15, item 2).
  const empty = !reason.trim();
  const problem = fields.problems.reason;

  function give(event: React.FormEvent): void {
    event.preventDefault();
    const input = { sessionId: props.detail.meta.id, reason: reason.trim() };
    if (!fields.check(input)) return;
    void props.change(() =>
      api.call('review.overrideRiskActions', input).catch((error: unknown) => {
        fields.showRefused(error);
        throw error;
      }),
    );
  }

  return (
    <details className="risk-override-form">
      <summary>{t('review.gate.overrideTitle')}</summary>
      <form onSubmit={give}>
        <label>
          {t('review.gate.overrideLabel', { min: RISK_OVERRIDE_MIN_CHARS })}
          <textarea
            rows={3}
            maxLength={5000}
            value={reason}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'risk-override-problem' : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        {problem && (
          <p className="field-error" id="risk-override-problem" role="alert">
            {t(problem, { min: RISK_OVERRIDE_MIN_CHARS })}
          </p>
        )}
        <p className="hint">{t('review.gate.overrideHint')}</p>
        <button type="submit" disabled={empty}>
          {t('review.gate.overrideButton')}
        </button>
      </form>
    </details>
  );
}

function jump(event: React.MouseEvent<HTMLAnchorElement>, anchor: string): void {
  const target = document.getElementById(anchor);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView?.({ block: 'start' });
  target.focus?.({ preventScroll: true });
}
