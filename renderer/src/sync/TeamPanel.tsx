import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncOverview, TeamRole } from '../../../shared/api/sync';
import { useApi } from '../api/api-context';
import { errorText } from '../api/errors';
import { formatDateTime } from '../dates';
import { useLanguage } from '../i18n/use-language';
import { CopyableCode } from './CopyableCode';
import { SafetyNumber } from './SafetyNumber';
import { TemplateEditor } from './TemplateEditor';
import { HistoryNotice } from './HistoryNotice';
import { TrustNotice } from './TrustNotice';

const INVITE_DAYS = 7;

/**
 * The team as the signed roster shows it: each member with their verification mark and safety
 * number; members still being checked; for a supervisor, invites (with QR code, copy and expiry)
 * and the open ones, which can be cancelled.
 */
export function TeamPanel({
  overview,
  onChange,
}: {
  overview: SyncOverview;
  onChange: (o: SyncOverview) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const api = useApi();
  const [role, setRole] = useState<TeamRole>('counselor');
  const [issued, setIssued] = useState<{ code: string; expiresAt: number } | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const when = (seconds: number): string => formatDateTime(seconds * 1000, language);

  async function invite(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    setError('');
    setNotice('');
    try {
      const { code } = await api.call('sync.invite', { role });
      setIssued({ code, expiresAt: Math.floor(Date.now() / 1000) + INVITE_DAYS * 86400 });
      onChange(await api.call('sync.status', {}));
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  const supervisor = overview.role === 'supervisor';
  return (
    <>
      <TrustNotice trust={overview.trust} onChange={onChange} />
      <HistoryNotice overview={overview} onChange={onChange} />
      {supervisor && (
        <form className="card" onSubmit={(e) => void invite(e)}>
          <h2>{t('sync.inviteTitle')}</h2>
          <label>
            {t('sync.inviteRole')}
            <select value={role} onChange={(e) => setRole(e.target.value as TeamRole)}>
              <option value="counselor">{t('sync.roles.counselor')}</option>
              <option value="supervisor">{t('sync.roles.supervisor')}</option>
            </select>
          </label>
          <button type="submit">{t('sync.invite')}</button>
          {issued && (
            <>
              <p>{t('sync.inviteCode')}</p>
              <CopyableCode value={issued.code} testId="invite-code" label={t('sync.code')} />
              <p className="hint">{t('sync.inviteExpires', { at: when(issued.expiresAt) })}</p>
            </>
          )}
          {error && <p role="alert">{error}</p>}
        </form>
      )}
      {supervisor && overview.invites.length > 0 && (
        <section className="card" aria-labelledby="open-invites">
          <h2 id="open-invites">{t('sync.invites.title')}</h2>
          <ul className="invites">
            {overview.invites.map((i) => (
              <li key={i.inviteId}>
                <span>
                  {t('sync.invites.expires', {
                    role: t(`sync.roles.${i.role}`),
                    at: when(i.expiresAt),
                  })}
                </span>
                {i.tampered && (
                  <p role="alert" className="notice danger">
                    {t('sync.invites.tampered')}
                  </p>
                )}
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    void api.call('sync.cancelInvite', { inviteId: i.inviteId }).then(
                      (o) => {
                        onChange(o);
                        setNotice(t('sync.invites.cancelled'));
                      },
                      (e: unknown) => setError(errorText(t, e)),
                    )
                  }
                >
                  {t('sync.invites.cancel')}
                </button>
              </li>
            ))}
          </ul>
          {notice && <p role="status">{notice}</p>}
        </section>
      )}
      {supervisor && <TemplateEditor />}
      <section className="card">
        <h2>{t('sync.membersTitle')}</h2>
        <p className="hint">{t('sync.membersHint')}</p>
        <ul className="members">
          {overview.members.map((m) => {
            const name = m.displayName ?? t('sync.member', { n: m.memberNo });
            return (
              <li
                key={m.memberNo}
                className={m.removed ? 'removed' : undefined}
                data-testid={`member-${m.memberNo}`}
              >
                <strong>
                  {name} · {t(`sync.roles.${m.role}`)} {m.me && t('sync.me')}
                </strong>
                {m.displayName && (
                  <span className="hint"> {t('sync.member', { n: m.memberNo })}</span>
                )}
                {!m.me && !m.removed && (
                  <span className={m.verified ? 'badge ok' : 'badge'}>
                    {m.verified ? t('sync.safety.verified') : t('sync.safety.notVerified')}
                  </span>
                )}
                {m.removed && <span className="hint"> {t('sync.removed')}</span>}
                {supervisor && !m.me && !m.removed && (
                  <button
                    type="button"
                    className="link danger"
                    onClick={() => {
                      if (!window.confirm(t('sync.removeConfirm', { n: m.memberNo }))) return;
                      void api
                        .call('sync.removeMember', { memberNo: m.memberNo })
                        .then(onChange, (e: unknown) => setError(errorText(t, e)));
                    }}
                  >
                    {t('sync.remove')}
                  </button>
                )}
                {!m.removed && <SafetyNumber member={m} name={name} onChange={onChange} />}
              </li>
            );
          })}
        </ul>
        {overview.joining.map((j) => (
          <p key={j.memberNo} className="hint" role="status">
            {t('sync.joining', { n: j.memberNo, role: t(`sync.roles.${j.role}`) })}
          </p>
        ))}
      </section>
    </>
  );
}
