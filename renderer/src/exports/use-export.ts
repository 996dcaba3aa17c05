import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api/client';
import type { ExportRequest } from '../../../shared/api/exports';
import { useApi } from '../api/api-context';
import { deliverExport } from './deliver';

export interface ExportState {
  busy: boolean;
  /** What happened last, for a status line. */
  status: string;
  error: unknown;
  run: (request: ExportRequest) => Promise<void>;
}

/** Makes a file in the core, then delivers it; a refusal reads in the person's words. */
export function useExport(): ExportState {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(
    async (request: ExportRequest) => {
      setBusy(true);
      setError(null);
      setStatus(t('exports.ui.preparing'));
      try {
        const prepared = await api.call('exports.prepare', request);
        const delivery = await deliverExport(prepared);
        setStatus(
          delivery === 'cancelled'
            ? t('exports.ui.cancelled')
            : delivery === 'saved'
              ? t('exports.ui.saved')
              : t('exports.ui.ready', { name: prepared.fileName }),
        );
      } catch (e) {
        setStatus('');
        setError(
          e instanceof ApiCallError && e.error.code === 'export_refused'
            ? t(`exports.errors.${e.error.message}`, { defaultValue: t('errors.internal') })
            : e,
        );
      } finally {
        setBusy(false);
      }
    },
    [api, t],
  );
  return { busy, status, error, run };
}
