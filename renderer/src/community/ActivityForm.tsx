import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityAreaView, CommunityOverview } from '../../../shared/api/community';
import {
  areaName,
  COMMUNITY_ACTIVITY_KIND_LABELS,
  CommunityActivityKind,
  labelText,
} from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { todayLocal } from '../ui/dates';
import { useLanguage } from '../i18n/use-language';
import { FieldError } from '../ui/FieldError';
import { useFieldProblems } from '../ui/use-field-problems';

interface Form {
  areaId: string;
  kind: CommunityActivityKind;
  date: string;
  people: string;
  households: string;
  notes: string;
  resources: string;
  contacts: string;
  needs: string;
}

const blank = (areaId: string): Form => ({
  areaId,
  kind: 'areaActivity',
  date: todayLocal(),
  people: '0',
  households: '',
  notes: '',
  resources: '',
  contacts: '',
  needs: '',
});

/** An activity in an area: people reached as numbers, notes without names; a mapping's findings. */
export function ActivityForm(props: {
  areas: CommunityAreaView[];
  onSaved: (o: CommunityOverview) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const [form, setForm] = useState<Form>(() => blank(props.areas[0]?.id ?? ''));
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const fields = useFieldProblems('community.saveActivity');
  const problem = (path: string): string | undefined => fields.under(`activity.${path}`);
  const areaId = props.areas.some((a) => a.id === form.areaId)
    ? form.areaId
    : (props.areas[0]?.id ?? '');
  const set =
    (field: keyof Form) =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
      setSaved(false);
      setForm((f) => ({ ...f, [field]: e.target.value }));
    };

  async function save(): Promise<void> {
    const mapping = form.kind === 'socialMapping';
    const input = {
      activity: {
        areaId,
        kind: form.kind,
        date: form.date,
        reached: {
          people: form.people.trim() === '' ? NaN : Number(form.people),
          ...(form.households.trim() ? { households: Number(form.households) } : {}),
        },
        notes: form.notes,
        ...(mapping
          ? { mapping: { resources: form.resources, contacts: form.contacts, needs: form.needs } }
          : {}),
      },
    };
    setError(null);
    if (!fields.check(input)) return;
    try {
      props.onSaved(await api.call('community.saveActivity', input));
      setForm({ ...blank(areaId), kind: form.kind, date: form.date });
      setError(null);
      setSaved(true);
    } catch (e) {
      fields.showRefused(e);
      setError(e);
    }
  }

  return (
    <form
      className="community-activity-form"
      aria-labelledby="community-activity-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="community-activity-title">{t('community.activity.title')}</h2>
      <div className="community-fields">
        <label>
          {t('community.activity.area')}
          <select value={areaId} onChange={set('areaId')}>
            {props.areas.map((a) => (
              <option key={a.id} value={a.id}>
                {areaName(a)}
              </option>
            ))}
          </select>
          <FieldError problem={problem('areaId')} />
        </label>
        <label>
          {t('community.activity.kind')}
          <select value={form.kind} onChange={set('kind')}>
            {CommunityActivityKind.options.map((k) => (
              <option key={k} value={k}>
                {labelText(COMMUNITY_ACTIVITY_KIND_LABELS[k], language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('community.activity.date')}
          <input type="date" value={form.date} onChange={set('date')} />
          <FieldError problem={problem('date')} />
        </label>
        <label>
          {t('community.activity.people')}
          <input type="number" min={0} value={form.people} onChange={set('people')} />
          <FieldError problem={problem('reached.people')} />
        </label>
        <label>
          {t('community.activity.households')}
          <input type="number" min={0} value={form.households} onChange={set('households')} />
          <FieldError problem={problem('reached.households')} />
        </label>
      </div>
      {form.kind === 'socialMapping' && (
        <fieldset className="community-mapping">
          <legend>{t('community.activity.mappingTitle')}</legend>
          <label>
            {t('community.activity.resources')}
            <textarea rows={2} value={form.resources} onChange={set('resources')} />
            <FieldError problem={problem('mapping')} />
          </label>
          <label>
            {t('community.activity.contacts')}
            <textarea rows={2} value={form.contacts} onChange={set('contacts')} />
          </label>
          <label>
            {t('community.activity.needs')}
            <textarea rows={2} value={form.needs} onChange={set('needs')} />
          </label>
        </fieldset>
      )}
      <label>
        {t('community.activity.notes')}
        <textarea rows={2} value={form.notes} onChange={set('notes')} />
        <FieldError problem={problem('notes')} />
      </label>
      <ErrorAlert error={error} />
      {saved && <p role="status">{t('community.activity.saved')}</p>}
      <button type="submit">{t('community.activity.save')}</button>
    </form>
  );
}
