import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../shared/api/contract';
import type { Settings } from '../../shared/api/settings';
import type { LockReason, RecoveryKeyIssued, VaultStatus } from '../../shared/api/vault';
import { useApi } from './api/api-context';
import { useActivityReporter } from './hooks/use-activity-reporter';
import { useLockShortcut } from './hooks/use-lock-shortcut';
import { AppFrame } from './screens/AppFrame';
import { FirstRun } from './screens/FirstRun';
import { RecoveryKeyPanel } from './screens/RecoveryKeyPanel';
import { Unlock } from './screens/Unlock';

type AppInfo = MethodOutput<'app.info'>;

export function App({ initialSettings }: { initialSettings: Settings }): React.JSX.Element {
  const api = useApi();
  const [settings, setSettings] = useState(initialSettings);
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [lockReason, setLockReason] = useState<LockReason | undefined>();
  const [recovery, setRecovery] = useState<RecoveryKeyIssued | null>(null);
  // A new number each unlock: everything decrypted under the previous one is unmounted.
  const [sessionNumber, setSessionNumber] = useState(0);

  useEffect(() => {
    void api.call('vault.status', {}).then(setStatus);
    void api.call('app.info', {}).then(setInfo);
    return api.on('vault.changed', ({ status: next, reason }) => {
      setStatus(next);
      if (next.state !== 'unlocked') {
        setLockReason(reason);
        setRecovery(null);
        setSessionNumber((n) => n + 1);
      }
    });
  }, [api]);

  useActivityReporter(status?.state === 'unlocked');
  useLockShortcut(status?.state === 'unlocked');

  const onUnlocked = useCallback((next: VaultStatus) => {
    setLockReason(undefined);
    setStatus(next);
  }, []);

  if (!status || !info) return <p className="loading">…</p>;

  if (status.state === 'new') {
    return <FirstRun onCreated={(issued) => setRecovery(issued)} />;
  }
  if (status.state === 'locked') {
    return <Unlock status={status} reason={lockReason} onUnlocked={onUnlocked} />;
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
