import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reflection, WellbeingOverview } from '../../../shared/api/wellbeing';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FieldError } from '../ui/FieldError';
import { useFieldProblems } from '../ui/use-field-problems';
import { formatInstant } from '../ui/dates';
import { useLanguage } from '../i18n/use-language';

/** Free text for the counselor alone: kept in the account's own document, never synced. */
export function ReflectionSpace(props: {
  reflections: Reflection[];
  onChanged: (overview: WellbeingOverview) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  // A blank reflection is the method's own refusal (issue #15, item 2); the button waits for words.
  const fields = useFieldProblems('wellbeing.addReflection');

  async function run(call: () => Promise<WellbeingOverview>): Promise<void> {
    try {
      props.onChanged(await call());
      setError(null);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="wellbeing-reflection" aria-labelledby="wellbeing-reflection">
      <h2 id="wellbeing-reflection">{t('wellbeing.reflection.title')}</h2>
      <p className="hint">{t('wellbeing.reflection.hint')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!fields.check({ text })) return;
          void run(() =>
            api.call('wellbeing.addReflection', { text }).catch((refused: unknown) => {
              fields.showRefused(refused);
              throw refused;
            }),
          ).then(() => setText(''));
        }}
      >
        <label>
          {t('wellbeing.reflection.label')}
          <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <FieldError problem={fields.problems.text} />
        <ErrorAlert error={error} />
        <button type="submit" disabled={!text.trim()}>
          {t('wellbeing.reflection.save')}
        </button>
      </form>
      {props.reflections.length === 0 ? (
        <p className="empty">{t('wellbeing.reflection.empty')}</p>
      ) : (
        <ul className="reflection-list">
          {props.reflections.map((r) => (
            <li key={r.id}>
              <time dateTime={r.at}>{formatInstant(r.at, language)}</time>
              <p className="reflection-text">{r.text}</p>
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  void run(() => api.call('wellbeing.removeReflection', { reflectionId: r.id }))
                }
              >
                {t('wellbeing.reflection.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
