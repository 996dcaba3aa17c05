import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_CHUNK_BYTES } from '../../../shared/api/backup';
import { useApi } from '../api/api-context';
import { toBase64 } from '../api/base64';
import { errorText } from '../api/errors';
import { PassphraseStrength, usePassphraseAcceptable } from '../components/PassphraseStrength';
import { useBackupProgress } from './use-backup-progress';
import { RecoveryKeyField } from '../components/RecoveryKeyField';

/** First run on a new laptop: bring a whole vault back from its encrypted backup file. */
export function RestoreBackup({ onBack }: { onBack: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const restoring = useBackupProgress('restore');
  const [file, setFile] = useState<File | null>(null);
  const [method, setMethod] = useState<'passphrase' | 'recoveryKey'>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [uploadId, setUploadId] = useState<string | null>(null);

  async function upload(chosen: File): Promise<string> {
    if (uploadId) return uploadId;
    const { uploadId: id } = await api.call('backup.beginRestore', { bytes: chosen.size });
    for (let at = 0; at < chosen.size; at += BACKUP_CHUNK_BYTES) {
      const bytes = new Uint8Array(await chosen.slice(at, at + BACKUP_CHUNK_BYTES).arrayBuffer());
      await api.call('backup.uploadChunk', { uploadId: id, chunk: toBase64(bytes) });
      setStatus(
        t('backup.uploading', { percent: Math.round((100 * (at + bytes.length)) / chosen.size) }),
      );
    }
    setUploadId(id);
    return id;
  }

  async function restore(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    if (!file) return;
    setError('');
    try {
      const id = await upload(file);
      setStatus(t('backup.restoring', { percent: 0 }));
      // On success the core announces the unlocked vault and the app moves on by itself.
      await api.call(
        'backup.finishRestore',
        method === 'passphrase'
          ? { uploadId: id, passphrase }
          : { uploadId: id, recoveryKey, newPassphrase: passphrase },
      );
    } catch (e) {
      setStatus('');
      setError(errorText(t, e));
    }
  }

  const acceptable = usePassphraseAcceptable(passphrase, method === 'recoveryKey');
  const ready =
    file !== null &&
    passphrase.length > 0 &&
    (method === 'passphrase' || (recoveryKey.length > 0 && acceptable));

  return (
    <main className="gate">
      <h1>{t('backup.restoreTitle')}</h1>
      <p>{t('backup.restoreIntro')}</p>
      <form onSubmit={(e) => void restore(e)}>
        <label>
          {t('backup.file')}
          <input
            type="file"
            accept=".pdbackup"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setUploadId(null);
            }}
          />
        </label>
        <fieldset>
          <label className="inline">
            <input
              type="radio"
              checked={method === 'passphrase'}
              onChange={() => setMethod('passphrase')}
            />
            {t('backup.withPassphrase')}
          </label>
          <label className="inline">
            <input
              type="radio"
              checked={method === 'recoveryKey'}
              onChange={() => setMethod('recoveryKey')}
            />
            {t('backup.withRecoveryKey')}
          </label>
        </fieldset>
        {method === 'recoveryKey' && (
          <RecoveryKeyField value={recoveryKey} onChange={setRecoveryKey} />
        )}
        <label>
          {method === 'passphrase' ? t('vault.passphrase') : t('vault.newPassphrase')}
          <input
            type="password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </label>
        {method === 'recoveryKey' && <PassphraseStrength passphrase={passphrase} />}
        <button type="submit" disabled={!ready}>
          {t('backup.restore')}
        </button>
        {restoring !== null && restoring < 100 && <progress max={100} value={restoring} />}
        {status && <p role="status">{status}</p>}
        {error && <p role="alert">{error}</p>}
      </form>
      <button type="button" className="link" onClick={onBack}>
        {t('vault.back')}
      </button>
    </main>
  );
}
