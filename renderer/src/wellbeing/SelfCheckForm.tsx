import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WellbeingOverview } from '../../../shared/api/wellbeing';
import {
  FREQUENCY_SCALE,
  SELF_CHECK_ITEMS,
  type Frequency,
  type SelfCheckItemId,
} from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useFieldProblems } from '../ui/use-field-problems';
import { ScaleSelects } from '../cases/resilience/ScaleSelects';

const items = SELF_CHECK_ITEMS.map((i) => ({ id: i.itemId, label: i.label }));

/** The signs of burnout and compassion fatigue (seed 000), each on the paper's frequency scale. */
export function SelfCheckForm(props: {
  onSaved: (overview: WellbeingOverview) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState<Partial<Record<SelfCheckItemId, Frequency>>>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const fields = useFieldProblems('wellbeing.saveCheck');
  // Only for the words: the schema decides whether every sign is answered.
  const missing = items.length - Object.keys(values).length;
  const problem = fields.problems.answers;

  async function save(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const input = { answers: values };
    setError(null);
    if (!fields.check(input)) return;
    try {
      const overview = await api.call('wellbeing.saveCheck', input);
      setValues({});
      setError(null);
      setSaved(true);
      props.onSaved(overview);
    } catch (e) {
      fields.showRefused(e);
      setError(e);
    }
  }

  return (
    <form className="wellbeing-check" onSubmit={(e) => void save(e)}>
      <ScaleSelects
        legend={t('wellbeing.check.title')}
        hint={t('wellbeing.check.hint')}
        items={items}
        scale={FREQUENCY_SCALE}
        values={values}
        onChange={(next) => {
          setValues(next);
          setSaved(false);
        }}
      />
      <p className="hint">{t('wellbeing.check.notDiagnosis')}</p>
      <ErrorAlert error={problem ? t(problem, { count: missing }) : error} />
      {saved && <p role="status">{t('wellbeing.check.saved')}</p>}
      <button type="submit">{t('wellbeing.check.save')}</button>
    </form>
  );
}
