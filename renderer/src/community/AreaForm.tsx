import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityOverview } from '../../../shared/api/community';
import { AreaFields } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { problemKey } from './form-errors';

const EMPTY = { kelurahan: '', kecamatan: '', rw: '', rt: '' };

/** A kelurahan, its kecamatan, and an RW or an RT of an RW (seed 002: work at RT/RW level). */
export function AreaForm(props: { onSaved: (o: CommunityOverview) => void }): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<unknown>(null);
  const set = (field: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm((f) => ({ ...f, [field]: e.target.value }));

  async function save(): Promise<void> {
    const parsed = AreaFields.safeParse({
      kelurahan: form.kelurahan,
      ...(form.kecamatan.trim() ? { kecamatan: form.kecamatan } : {}),
      ...(form.rw.trim() ? { rw: form.rw } : {}),
      ...(form.rt.trim() ? { rt: form.rt } : {}),
    });
    if (!parsed.success) {
      setError(t(problemKey(parsed.error)));
      return;
    }
    try {
      props.onSaved(await api.call('community.saveArea', { area: parsed.data }));
      setForm(EMPTY);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form
      className="community-area-form"
      aria-label={t('community.area.add')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{t('community.area.add')}</h3>
      <div className="community-fields">
        <label>
          {t('community.area.kelurahan')}
          <input value={form.kelurahan} onChange={set('kelurahan')} />
        </label>
        <label>
          {t('community.area.kecamatan')}
          <input value={form.kecamatan} onChange={set('kecamatan')} />
        </label>
        <label>
          {t('community.area.rw')}
          <input inputMode="numeric" size={4} value={form.rw} onChange={set('rw')} />
        </label>
        <label>
          {t('community.area.rt')}
          <input inputMode="numeric" size={4} value={form.rt} onChange={set('rt')} />
        </label>
      </div>
      <ErrorAlert error={error} />
      <button type="submit">{t('community.area.save')}</button>
    </form>
  );
}
