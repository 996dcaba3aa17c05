import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncOverview, TeamRole } from '../../../shared/api/sync';
import { useApi } from '../api/api-context';
import { errorText } from '../api/errors';
import { TemplateEditor } from './TemplateEditor';

/** The team's members with their key fingerprints, and invites for a supervisor. */
export function TeamPanel({
  overview,
  onChange,
}: {
  overview: SyncOverview;
  onChange: (o: SyncOverview) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [role, setRole] = useState<TeamRole>('counselor');
  const [code, setCode] = useState('');
  const [error, setError] = useState('');

  async function invite(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    setError('');
    try {
      setCode((await api.call('sync.invite', { role })).code);
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  return (
    <>
      {overview.role === 'supervisor' && (
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
          {code && (
            <>
              <p>{t('sync.inviteCode')}</p>
              <output className="invite-code" data-testid="invite-code">
                {code}
              </output>
            </>
          )}
          {error && <p role="alert">{error}</p>}
        </form>
      )}
      {overview.role === 'supervisor' && <TemplateEditor />}
      <section className="card">
        <h2>{t('sync.membersTitle')}</h2>
        <p className="hint">{t('sync.membersHint')}</p>
        <ul className="members">
          {overview.members.map((m) => (
            <li key={m.memberNo} className={m.removed ? 'removed' : undefined}>
              <strong>
                {m.displayName ?? t('sync.member', { n: m.memberNo })} · {t(`sync.roles.${m.role}`)}{' '}
                {m.me && t('sync.me')}
              </strong>
              {m.displayName && (
                <span className="hint"> {t('sync.member', { n: m.memberNo })}</span>
              )}
              {m.removed && <span className="hint"> {t('sync.removed')}</span>}
              {overview.role === 'supervisor' && !m.me && !m.removed && (
                <button
                  type="button"
                  className="link"
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
              <div className="fingerprint">
                <span className="hint">{t('sync.fingerprint')}: </span>
                <code>{m.fingerprint}</code>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
