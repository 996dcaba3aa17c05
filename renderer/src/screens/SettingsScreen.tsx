import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import type { Settings } from '../../../shared/api/settings';
import type { RecoveryKeyIssued } from '../../../shared/api/vault';
import { useApi } from '../api/api-context';
import { errorText } from '../api/errors';
import { BackupPanel } from '../backup/BackupPanel';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PassphraseStrength, usePassphraseAcceptable } from '../components/PassphraseStrength';
import { NewRecoveryKeyForm } from './NewRecoveryKeyForm';
import { AppearanceSettings } from '../ui/AppearanceSettings';

export function SettingsScreen({
  info,
  settings,
  onSettings,
  recoveryKeyConfirmed,
  onNewRecoveryKey,
}: {
  info: MethodOutput<'app.info'>;
  settings: Settings;
  onSettings: (s: Settings) => void;
  /** Unconfirmed, the frame's banner offers a new key already. */
  recoveryKeyConfirmed: boolean;
  onNewRecoveryKey: (issued: RecoveryKeyIssued) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [minutes, setMinutes] = useState(String(settings.lockAfterMinutes));
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [message, setMessage] = useState('');
  const nextAcceptable = usePassphraseAcceptable(next);

  async function saveMinutes(): Promise<void> {
    try {
      onSettings(await api.call('settings.update', { lockAfterMinutes: Number(minutes) }));
      setMessage(t('settings.saved'));
    } catch (e) {
      setMessage(errorText(t, e));
    }
  }

  async function changePassphrase(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    try {
      await api.call('vault.changePassphrase', { current, next });
      setCurrent('');
      setNext('');
      setMessage(t('settings.changed'));
    } catch (e) {
      setMessage(errorText(t, e));
    }
  }

  return (
    <section className="settings">
      <h1>{t('settings.title')}</h1>
      <LanguageSwitch onChanged={onSettings} />
      <AppearanceSettings settings={settings} onSettings={onSettings} />
      <label>
        {t('settings.lockAfter')}
        <input
          type="number"
          min={1}
          max={240}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          onBlur={() => void saveMinutes()}
        />
      </label>
      <form onSubmit={(e) => void changePassphrase(e)}>
        <h2>{t('settings.changePassphrase')}</h2>
        <label>
          {t('settings.currentPassphrase')}
          <input
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </label>
        <label>
          {t('vault.newPassphrase')}
          <input
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
          />
        </label>
        <PassphraseStrength passphrase={next} />
        <button type="submit" disabled={!current || !nextAcceptable}>
          {t('settings.change')}
        </button>
      </form>
      {message && <p role="status">{message}</p>}
      {recoveryKeyConfirmed && (
        <section className="replace-recovery-key">
          <h2>{t('settings.recoveryTitle')}</h2>
          <p className="hint">{t('settings.recoveryHint')}</p>
          <NewRecoveryKeyForm onIssued={onNewRecoveryKey} />
        </section>
      )}
      <BackupPanel />
      <p className="hint">
        {t('settings.about', {
          version: info.version,
          host: info.host === 'web' ? t('settings.hostWeb') : t('settings.hostElectron'),
        })}
      </p>
    </section>
  );
}
