import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelText, type ChecklistTemplate } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { errorText } from '../api/errors';
import { useLoad } from '../ui/use-load';
import { useLanguage } from '../i18n/use-language';
import { ConcurrentVersions } from './ConcurrentVersions';

type Draft = ChecklistTemplate;

/**
 * A supervisor edits a checklist template and publishes it as the next version for the whole
 * team. Sessions already written keep the version they were written with. Versions published
 * under the same number while apart are listed, to choose which to continue from.
 */
export function TemplateEditor(): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const load = useCallback(() => api.call('templates.list', {}), [api]);
  const { data, reload } = useLoad(load);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState('');

  const choose = (templateId: string): void => {
    const template = data?.templates.find((x) => x.templateId === templateId);
    setDraft(template ? structuredClone(template) : null);
    setMessage('');
  };

  const continueFrom = (template: ChecklistTemplate): void => {
    setDraft(structuredClone(template));
    setMessage('');
  };

  const editItem = (stage: number, item: number, lang: 'id' | 'en', text: string): void =>
    setDraft((d) => {
      if (!d) return d;
      const next = structuredClone(d);
      const target = next.stages[stage]?.items[item];
      if (target) target.label[lang] = text;
      return next;
    });

  const addItem = (stage: number): void =>
    setDraft((d) => {
      if (!d) return d;
      const next = structuredClone(d);
      const target = next.stages[stage];
      if (target) {
        target.items.push({
          itemId: `${d.templateId}.${target.stageId}.team${Date.now().toString(36)}`,
          label: { id: '', en: '' },
        });
      }
      return next;
    });

  const removeItem = (stage: number, item: number): void =>
    setDraft((d) => {
      if (!d) return d;
      const next = structuredClone(d);
      next.stages[stage]?.items.splice(item, 1);
      return next;
    });

  async function publish(): Promise<void> {
    if (!draft) return;
    try {
      await api.call('templates.publish', { template: { ...draft, version: draft.version + 1 } });
      setMessage(t('sync.templates.published', { version: draft.version + 1 }));
      setDraft(null);
      reload();
    } catch (e) {
      setMessage(errorText(t, e));
    }
  }

  return (
    <section className="card template-editor">
      <h2>{t('sync.templates.title')}</h2>
      <p className="hint">{t('sync.templates.hint')}</p>
      {data && (
        <ConcurrentVersions
          concurrent={data.concurrent}
          latest={data.templates}
          onContinue={continueFrom}
        />
      )}
      <label>
        {t('sync.templates.choose')}
        <select value={draft?.templateId ?? ''} onChange={(e) => choose(e.target.value)}>
          <option value="">—</option>
          {data?.templates.map((x) => (
            <option key={x.templateId} value={x.templateId}>
              {labelText(x.name, language)} · v{x.version}
            </option>
          ))}
        </select>
      </label>
      {draft &&
        draft.stages.map((stage, s) => (
          <fieldset key={stage.stageId}>
            <legend>{labelText(stage.title, language)}</legend>
            {stage.items.map((item, i) => (
              <div key={item.itemId} className="template-item">
                <input
                  aria-label={t('sync.templates.labelId')}
                  value={item.label.id}
                  onChange={(e) => editItem(s, i, 'id', e.target.value)}
                />
                <input
                  aria-label={t('sync.templates.labelEn')}
                  value={item.label.en}
                  onChange={(e) => editItem(s, i, 'en', e.target.value)}
                />
                <button type="button" className="link" onClick={() => removeItem(s, i)}>
                  {t('sync.templates.remove')}
                </button>
              </div>
            ))}
            <button type="button" onClick={() => addItem(s)}>
              {t('sync.templates.add')}
            </button>
          </fieldset>
        ))}
      {draft && (
        <button type="button" className="primary" onClick={() => void publish()}>
          {t('sync.templates.publish', { version: draft.version + 1 })}
        </button>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
