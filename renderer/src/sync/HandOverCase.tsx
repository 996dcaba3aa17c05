import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../shared/api/sync';
import { useApi } from '../api/api-context';
import { errorText } from '../api/errors';

/** On a case: hand it to another counselor of the team (the owner does this, online). */
export function HandOverCase({
  caseId,
  onDone,
}: {
  caseId: string;
  onDone: () => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const api = useApi();
  const [counselors, setCounselors] = useState<TeamMember[]>([]);
  const [to, setTo] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.call('sync.status', {}).then(
      (o) => setCounselors(o.members.filter((m) => m.role === 'counselor' && !m.me && !m.removed)),
      () => setCounselors([]),
    );
  }, [api]);

  if (counselors.length === 0) return null;

  async function handOver(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setMessage('');
    try {
      await api.call('cases.handOver', { caseId, toMemberNo: Number(to) });
      setMessage(t('sync.handedOver'));
      onDone();
    } catch (e) {
      setMessage(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card hand-over" onSubmit={(e) => void handOver(e)}>
      <h2>{t('sync.handOverTitle')}</h2>
      <p className="hint">{t('sync.handOverHint')}</p>
      <label>
        {t('sync.handOverTo')}
        <select value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="">—</option>
          {counselors.map((m) => (
            <option key={m.memberNo} value={m.memberNo}>
              {m.displayName ?? t('sync.member', { n: m.memberNo })} · {m.fingerprint.slice(0, 11)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={busy || !to}>
        {t('sync.handOver')}
      </button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
