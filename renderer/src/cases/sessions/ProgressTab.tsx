import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import { labelText } from '../../../../shared/domain';
import { useLanguage } from '../../ui/dates';

/** How far the case is through the stages: items ticked in any session, per stage. */
export function ProgressTab({ detail }: { detail: CaseDetail }): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const progress = detail.progress;
  return (
    <div className="tab-body">
      <h2>{t('cases.tabs.progress')}</h2>
      {!progress ? (
        <p className="empty">{t('cases.progress.empty')}</p>
      ) : (
        <>
          <p className="hint">{t('cases.progress.sessions', { count: progress.sessionCount })}</p>
          <ol className="stage-progress">
            {progress.stages.map((stage) => {
              const title = labelText(stage.title, language);
              const current = stage.stageId === progress.currentStageId;
              return (
                <li key={stage.stageId} className={current ? 'current' : undefined}>
                  <div className="stage-line">
                    <span className="stage-title">{title}</span>
                    {current && <span className="tag">{t('cases.progress.current')}</span>}
                    <span className="stage-count">
                      {t('cases.progress.doneOf', { done: stage.done, total: stage.total })}
                    </span>
                  </div>
                  <progress value={stage.done} max={stage.total} aria-label={title} />
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
