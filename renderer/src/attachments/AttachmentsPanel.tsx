import { useCallback, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AttachmentOwner } from '../../../shared/api/attachments';
import { ATTACHMENT_PIECE_BYTES } from '../../../shared/api/attachments';
import { ApiCallError } from '../../../shared/api/client';
import {
  ATTACHMENT_PROBLEMS,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENT_MB,
} from '../../../shared/attachments/limits';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useLoad } from '../ui/use-load';
import { ExportStatus } from '../exports/ExportStatus';
import { useExport } from '../exports/use-export';
import { useLanguage } from '../i18n/use-language';
import { formatBytes } from '../sync/format-bytes';
import './attachments.css';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** A refusal of the core, in the person's language (which problem, and that nothing changed). */
function explain(t: TFunction, error: unknown): unknown {
  if (error instanceof ApiCallError && error.error.code === 'attachment_refused') {
    const problem = error.error.message;
    if ((ATTACHMENT_PROBLEMS as readonly string[]).includes(problem)) {
      return t(`attachments.refused.${problem}`, { mb: MAX_ATTACHMENT_MB });
    }
  }
  return error;
}

/**
 * The files attached to a case, a session or a referral: attach (checked and sealed by the core),
 * the list with size, type and sync state, and saving a copy where the person chooses (recorded
 * in the case's audit trail).
 */
export function AttachmentsPanel(props: {
  caseId: string;
  owner: AttachmentOwner;
  /** The title's heading level: 2 on a screen, 4 inside a referral's card (whose title is h3). */
  level?: 2 | 4;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const { caseId, owner } = props;
  // The owner's fields, not the object, so a parent's new object does not reload the list.
  const { kind, id } = owner;
  const load = useCallback(
    () => api.call('attachments.list', { caseId, owner: { kind, id } }),
    [api, caseId, kind, id],
  );
  const { data, error, reload } = useLoad(load);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const exporter = useExport();
  const Heading = props.level === 4 ? 'h4' : 'h2';

  const attach = async (file: File): Promise<void> => {
    setProblem(null);
    setBusy(true);
    try {
      // The core refuses it too; said here, before the bytes are read or sent.
      if (file.size > MAX_ATTACHMENT_BYTES) {
        setProblem(t('attachments.refused.too_large', { mb: MAX_ATTACHMENT_MB }));
        return;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { uploadId } = await api.call('attachments.begin', { bytes: bytes.length });
      for (let at = 0; at < bytes.length; at += ATTACHMENT_PIECE_BYTES) {
        const piece = toBase64(bytes.subarray(at, at + ATTACHMENT_PIECE_BYTES));
        await api.call('attachments.piece', { uploadId, piece });
      }
      await api.call('attachments.finish', { uploadId, caseId, owner, name: file.name });
      reload();
    } catch (caught) {
      setProblem(explain(t, caught));
    } finally {
      setBusy(false);
    }
  };

  // A copy leaves as every export does (issue #14, item 6): the core prepares it under a ticket,
  // the person chooses where it goes, and the case's audit trail records it when it is taken.
  const save = (attachmentId: string): void => {
    setProblem(null);
    void exporter.run({ kind: 'attachment', caseId, attachmentId });
  };

  return (
    <section
      className="panel attachments"
      aria-labelledby={`attachments-${owner.kind}-${owner.id}`}
    >
      <Heading id={`attachments-${owner.kind}-${owner.id}`}>{t('attachments.title')}</Heading>
      <p className="hint">{t('attachments.hint', { mb: MAX_ATTACHMENT_MB })}</p>
      <label className="attachments-add">
        {t('attachments.add')}
        <input
          type="file"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void attach(file);
          }}
        />
      </label>
      {data && data.length === 0 && <p className="empty">{t('attachments.empty')}</p>}
      {data && data.length > 0 && (
        <ul className="attachments-list">
          {data.map((f) => (
            <li key={f.id}>
              <span className="attachments-name">{f.name}</span>
              <span className="hint">
                {f.type} · {t('attachments.size', { size: formatBytes(f.size, language) })} ·{' '}
                {t(`attachments.sync.${f.sync}`)}
              </span>
              {f.sync !== 'download' && (
                <button type="button" disabled={exporter.busy} onClick={() => save(f.id)}>
                  {t('attachments.save', { name: f.name })}
                </button>
              )}
              {f.sync === 'download' && (
                <button
                  type="button"
                  onClick={() =>
                    void api.call('attachments.allow', { attachmentId: f.id }).then(reload)
                  }
                >
                  {t('attachments.allowOne')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ExportStatus exporter={exporter} />
      <ErrorAlert error={problem ?? error} />
    </section>
  );
}
