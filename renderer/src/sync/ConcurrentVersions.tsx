import { useTranslation } from 'react-i18next';
import { labelText, type ChecklistTemplate } from '../../../shared/domain';
import { formatInstant } from '../ui/dates';
import { useLanguage } from '../i18n/use-language';
import { usePersonLabel } from '../review/people-context';

/**
 * The versions supervisors published under the same number while apart: all are kept, who and
 * when is shown, and the supervisor chooses which to continue from.
 */
export function ConcurrentVersions(props: {
  concurrent: ChecklistTemplate[];
  /** The versions new sessions use, one per template. */
  latest: ChecklistTemplate[];
  onContinue: (template: ChecklistTemplate) => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const language = useLanguage();
  const personLabel = usePersonLabel();
  const byTemplate = new Map<string, ChecklistTemplate[]>();
  for (const x of props.concurrent) {
    byTemplate.set(x.templateId, [...(byTemplate.get(x.templateId) ?? []), x]);
  }
  if (byTemplate.size === 0) return null;
  return (
    <>
      {[...byTemplate].map(([templateId, versions]) => {
        const first = versions[0];
        if (!first) return null;
        const current = props.latest.find((x) => x.templateId === templateId)?.publication?.id;
        return (
          <div key={templateId} className="warning concurrent-versions" role="note">
            <p>
              {t('sync.templates.concurrent', {
                name: labelText(first.name, language),
                version: first.version,
                times: versions.length,
                next: first.version + 1,
              })}
            </p>
            <ul>
              {versions.map((x) => (
                <li key={x.publication?.id ?? 'built-in'}>
                  {x.publication
                    ? t('sync.templates.publishedBy', {
                        by: personLabel(x.publication.by),
                        at: formatInstant(x.publication.at, language),
                      })
                    : labelText(x.name, language)}
                  {x.publication?.id === current && ` · ${t('sync.templates.usedForNew')}`}{' '}
                  <button type="button" className="link" onClick={() => props.onContinue(x)}>
                    {t('sync.templates.continueFrom')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
