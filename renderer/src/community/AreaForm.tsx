import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityOverview } from '../../../shared/api/community';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FieldError } from '../ui/FieldError';
import { useFieldProblems } from '../ui/use-field-problems';

const EMPTY = { kelurahan: '', kecamatan: '', rw: '', rt: '' };

/** A kelurahan, its kecamatan, and an RW or an RT of an RW (seed 002: work at RT/RW level). */
export function AreaForm(props: { onSaved: (o: CommunityOverview) => void }): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<unknown>(null);
  const fields = useFieldProblems('community.saveArea');
  const set = (field: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm((f) => ({ ...f, [field]: e.target.value }));

  async function save(): Promise<void> {
    const input = {
      area: {
        kelurahan: form.kelurahan,
        ...(form.kecamatan.trim() ? { kecamatan: form.kecamatan } : {}),
        ...(form.rw.trim() ? { rw: form.rw } : {}),
        ...(form.rt.trim() ? { rt: form.rt } : {}),
      },
    };
    setError(null);
    if (!fields.check(input)) return;
    try {
      props.onSaved(await api.call('community.saveArea', input));
      setForm(EMPTY);
      setError(null);
    } catch (e) {
      fields.showRefused(e);
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
          <FieldError problem={fields.problems['area.kelurahan']} />
        </label>
        <label>
          {t('community.area.kecamatan')}
          <input value={form.kecamatan} onChange={set('kecamatan')} />
          <FieldError problem={fields.problems['area.kecamatan']} />
        </label>
        <label>
          {t('community.area.rw')}
          <input inputMode="numeric" size={4} value={form.rw} onChange={set('rw')} />
          <FieldError problem={fields.problems['area.rw']} />
        </label>
        <label>
          {t('community.area.rt')}
          <input inputMode="numeric" size={4} value={form.rt} onChange={set('rt')} />
          <FieldError problem={fields.problems['area.rt']} />
        </label>
      </div>
      <ErrorAlert error={error} />
      <button type="submit">{t('community.area.save')}</button>
    </form>
  );
}
