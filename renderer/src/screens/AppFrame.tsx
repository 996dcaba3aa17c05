import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import type { Settings } from '../../../shared/api/settings';
import type { RecoveryKeyIssued, VaultStatus } from '../../../shared/api/vault';
import { useApi } from '../api/api-context';
import { SettingsScreen } from './SettingsScreen';

const SECTIONS = ['home', 'cases', 'review', 'sync', 'settings'] as const;
type Section = (typeof SECTIONS)[number];

export function AppFrame(props: {
  info: MethodOutput<'app.info'>;
  status: VaultStatus;
  settings: Settings;
  onSettings: (s: Settings) => void;
  onNewRecoveryKey: (issued: RecoveryKeyIssued) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [section, setSection] = useState<Section>('home');

  return (
    <div className="frame">
      <nav aria-label={t('app.name')}>
        <strong className="brand">{t('app.name')}</strong>
        {SECTIONS.map((s) => (
          <button
            key={s}
            type="button"
            aria-current={s === section ? 'page' : undefined}
            onClick={() => setSection(s)}
          >
            {t(`nav.${s}`)}
          </button>
        ))}
        <button type="button" className="lock" onClick={() => void api.call('vault.lock', {})}>
          {t('nav.lock')}
        </button>
      </nav>
      <main>
        {!props.status.recoveryKeyConfirmed && (
          <div className="banner" role="status">
            <p>{t('vault.recoveryMissing')}</p>
            <button
              type="button"
              onClick={() => void api.call('vault.newRecoveryKey', {}).then(props.onNewRecoveryKey)}
            >
              {t('vault.recoveryNew')}
            </button>
          </div>
        )}
        {section === 'settings' ? (
          <SettingsScreen
            info={props.info}
            settings={props.settings}
            onSettings={props.onSettings}
          />
        ) : (
          <section>
            <h1>{t(`nav.${section}`)}</h1>
            <p>{t(`placeholder.${section}`)}</p>
            <p className="hint">{t('placeholder.comingWith')}</p>
          </section>
        )}
      </main>
    </div>
  );
}
