import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../shared/api/contract';
import type { Settings } from '../../shared/api/settings';
import type { LockReason, RecoveryKeyIssued, VaultStatus } from '../../shared/api/vault';
import { useApi } from './api/api-context';
import { useActivityReporter } from './hooks/use-activity-reporter';
import { useLockShortcut } from './hooks/use-lock-shortcut';
import { Unlock } from './screens/Unlock';
import { applyAppearance } from './ui/appearance';
import { currentLanguage, workspaceWords } from './i18n';

/*
 * Only the unlock screen is in the first chunk: everything after it (the editor, the charts, the
 * screens of an unlocked vault) and the first-run screens with their password dictionaries load
 * on demand, so an old laptop shows the unlock screen before it has parsed megabytes of script
 * it does not yet need (issue #11, item 6). `npm run bench -- webhost` measures both.
 */
/** A screen behind the unlock screen, with the workspace's words it speaks in. */
const withWords = <T,>(screen: Promise<T>): Promise<T> =>
  Promise.all([screen, workspaceWords(currentLanguage())]).then(([loaded]) => loaded);
const loadAppFrame = (): Promise<typeof import('./screens/AppFrame')> =>
  withWords(import('./screens/AppFrame'));
const AppFrame = lazy(() => loadAppFrame().then((m) => ({ default: m.AppFrame })));
const FirstRun = lazy(() =>
  withWords(import('./screens/FirstRun')).then((m) => ({ default: m.FirstRun })),
);
const RecoveryKeyPanel = lazy(() =>
  import('./screens/RecoveryKeyPanel').then((m) => ({ default: m.RecoveryKeyPanel })),
);

const loading = <p className="loading">…</p>;

type AppInfo = MethodOutput<'app.info'>;

export function App({
  initialSettings,
  initialStatus,
  info,
}: {
  initialSettings: Settings;
  initialStatus: VaultStatus;
  info: AppInfo;
}): React.JSX.Element {
  const api = useApi();
  const [settings, setSettings] = useState(initialSettings);
  const [status, setStatus] = useState<VaultStatus>(initialStatus);
  const [lockReason, setLockReason] = useState<LockReason | undefined>();
  const [recovery, setRecovery] = useState<RecoveryKeyIssued | null>(null);
  // A new number each unlock: everything decrypted under the previous one is unmounted.
  const [sessionNumber, setSessionNumber] = useState(0);

  useEffect(() => {
    const unsubscribe = api.on('vault.changed', ({ status: next, reason }) => {
      setStatus(next);
      if (next.state !== 'unlocked') {
        setLockReason(reason);
        setRecovery(null);
        setSessionNumber((n) => n + 1);
      }
    });
    // Asked again once subscribed: a lock between main.tsx's first answer and now is not missed.
    void api.call('vault.status', {}).then(setStatus);
    return unsubscribe;
  }, [api]);

  const { theme, textSize } = settings;
  useEffect(() => applyAppearance({ theme, textSize }), [theme, textSize]);

  // Once the first screen is up: fetched while the person types their passphrase.
  useEffect(() => {
    workspaceWords(currentLanguage()).catch(() => undefined);
  }, []);

  useActivityReporter(status?.state === 'unlocked');
  useLockShortcut(status?.state === 'unlocked');

  const onUnlocked = useCallback((next: VaultStatus) => {
    setLockReason(undefined);
    setStatus(next);
  }, []);

  return <Suspense fallback={loading}>{screen()}</Suspense>;

  function screen(): React.JSX.Element {
    if (status.state === 'new') {
      return <FirstRun onCreated={(issued) => setRecovery(issued)} />;
    }
    if (status.state === 'locked') {
      return (
        <Unlock
          status={status}
          reason={lockReason}
          // The key derivation takes about a second: fetch the app's screens meanwhile.
          onUnlocking={() => void loadAppFrame()}
          onUnlocked={onUnlocked}
        />
      );
    }
    if (recovery) {
      return (
        <RecoveryKeyPanel
          issued={recovery}
          onConfirmed={(next) => {
            setRecovery(null);
            setStatus(next);
          }}
        />
      );
    }
    return (
      <AppFrame
        key={sessionNumber}
        info={info}
        status={status}
        settings={settings}
        onSettings={setSettings}
        onNewRecoveryKey={setRecovery}
      />
    );
  }
}
