import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import { SESSION_CHANNEL_LABELS, instantOf, labelText } from '../../../../shared/domain';
import { RiskBadge } from '../../ui/RiskBadge';
import { formatInstant, useLanguage } from '../../ui/dates';
import type { Navigate } from '../../ui/navigate';
import { ChatImportForm } from './ChatImportForm';
import { NewSessionForm } from './NewSessionForm';
import { NewGroupForm } from '../../group/NewGroupForm';

/** The case's sessions, newest first; each opens the session screen. */
export function SessionsTab(props: { detail: CaseDetail; navigate: Navigate }): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const [formOpen, setFormOpen] = useState<'new' | 'chat' | 'group' | null>(null);
  const caseId = props.detail.meta.id;
  const sessions = [...props.detail.sessions].sort(
    (a, b) => instantOf(b.startsAt) - instantOf(a.startsAt),
  );

  return (
    <div className="tab-body">
      <div className="tab-head">
        <h2>{t('cases.tabs.sessions')}</h2>
        {!formOpen && (
          <div className="actions">
            <button
              type="button"
              className="primary"
              data-shortcut="new-session"
              onClick={() => setFormOpen('new')}
            >
              {t('cases.sessions.new')}
            </button>
            <button type="button" onClick={() => setFormOpen('chat')}>
              {t('cases.chatImport.action')}
            </button>
            <button type="button" onClick={() => setFormOpen('group')}>
              {t('groups.start')}
            </button>
          </div>
        )}
      </div>
      {formOpen === 'new' && (
        <NewSessionForm
          detail={props.detail}
          onCancel={() => setFormOpen(null)}
          onCreated={(sessionId) => props.navigate({ kind: 'session', sessionId, caseId })}
        />
      )}
      {formOpen === 'chat' && (
        <ChatImportForm
          detail={props.detail}
          onCancel={() => setFormOpen(null)}
          onCreated={(sessionId) => props.navigate({ kind: 'session', sessionId, caseId })}
        />
      )}
      {formOpen === 'group' && (
        <NewGroupForm
          detail={props.detail}
          onCancel={() => setFormOpen(null)}
          onCreated={(groupId) => props.navigate({ kind: 'group', groupId, caseId })}
        />
      )}
      {sessions.length === 0 ? (
        <p className="empty">{t('cases.sessions.empty')}</p>
      ) : (
        <ul className="item-list">
          {sessions.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="item"
                onClick={() => props.navigate({ kind: 'session', sessionId: s.id, caseId })}
              >
                <span className="item-when">{formatInstant(s.startsAt, language)}</span>
                <span className="item-title">
                  {labelText(SESSION_CHANNEL_LABELS[s.channel], language)}
                </span>
                {s.groupId && <span className="group-badge">{t('groups.badge')}</span>}
                <RiskBadge level={s.riskLevel} always />
                <span className="item-meta">
                  {t('cases.sessions.minutes', { count: s.durationMinutes })}
                  {s.stageTitle &&
                    ` · ${t('cases.sessions.stage', { stage: labelText(s.stageTitle, language) })}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
