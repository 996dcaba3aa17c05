import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { errorText } from '../api/errors';
import { fromBase64 } from '../api/base64';
import { useBackupProgress } from './use-backup-progress';

/** Settings: make an encrypted backup and download it. */
export function BackupPanel(): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const exporting = useBackupProgress('export');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function makeBackup(): Promise<void> {
    setBusy(true);
    setStatus(t('backup.exporting', { percent: 0 }));
    try {
      const { fileName, bytes } = await api.call('backup.export', {});
      const parts: Uint8Array<ArrayBuffer>[] = [];
      let offset = 0;
      for (let done = false; !done;) {
        const part = await api.call('backup.read', { fileName, offset });
        const chunk = fromBase64(part.chunk);
        parts.push(chunk);
        offset += chunk.length;
        done = part.done;
        setStatus(t('backup.downloading', { percent: Math.round((100 * offset) / bytes) }));
      }
      const url = URL.createObjectURL(new Blob(parts, { type: 'application/octet-stream' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus(t('backup.saved', { name: fileName, size: Math.ceil(bytes / 1024) }));
    } catch (e) {
      setStatus(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="backup">
      <h2>{t('backup.title')}</h2>
      <p className="hint">{t('backup.intro')}</p>
      <button type="button" disabled={busy} onClick={() => void makeBackup()}>
        {t('backup.export')}
      </button>
      {busy && exporting !== null && exporting < 100 && (
        <progress max={100} value={exporting} aria-label={t('backup.title')} />
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
