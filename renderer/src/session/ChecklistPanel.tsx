import { useTranslation } from 'react-i18next';
import { isTicked, labelText } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { formatDate } from '../i18n';
import { usePersonLabel } from '../review/people-context';
import { useLanguage } from '../i18n/use-language';
import { conflictOf, FieldConflict, useChooseValue } from './FieldConflict';
import { stageAnchor } from './SessionSections';
import { usePending } from './use-pending';
import type { SessionState } from './use-session';
import { currentFirst, StageItems, TickBox } from './StageItems';

type Props = Pick<SessionState, 'change'> & {
  detail: NonNullable<SessionState['detail']>;
  /** Ticks shown as values, for whoever may not change them (issue #12, item 4). */
  readOnly?: boolean;
};

/**
 * "Daftar periksa tahap": the stages of the template version this session was written with
 * (never the newest one), each with its items, its progress, and the current stage marked.
 */
export function ChecklistPanel({ detail, change, readOnly = false }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const personLabel = usePersonLabel();
  const api = useApi();
  const language = useLanguage();
  // The person's language only; the other one on hover (issue #12, item 8).
  const other = language === 'id' ? 'en' : 'id';
  const { template, checklist, currentStageId } = detail;
  const sessionId = detail.meta.id;

  const [pending, startPending] = usePending<boolean>();
  const choose = useChooseValue(detail, change);

  function setTick(itemId: string, checked: boolean): void {
    startPending(itemId, checked, () =>
      change(() => api.call('sessions.tick', { sessionId, itemId, checked })),
    );
  }

  return (
    <section className="card checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('session.checklist.title')}</h2>
      <p className="hint">
        {labelText(template.name, language)} ·{' '}
        {t('session.checklist.version', { version: template.version })}
      </p>
      {currentFirst(template.stages, currentStageId).map((stage) => {
        const progress = detail.stages.find((s) => s.stageId === stage.stageId);
        const current = stage.stageId === currentStageId;
        return (
          <fieldset
            key={stage.stageId}
            id={stageAnchor(stage.stageId)}
            tabIndex={-1}
            className={current ? 'stage current' : 'stage'}
            aria-current={current ? 'step' : undefined}
          >
            <legend>
              {labelText(stage.title, language)}
              {progress && (
                <span className="stage-progress">
                  {t('session.checklist.progress', { done: progress.done, total: progress.total })}
                </span>
              )}
              {current && <span className="current-tag">{t('session.checklist.current')}</span>}
            </legend>
            {progress && <progress value={progress.done} max={progress.total} aria-hidden="true" />}
            <StageItems
              current={current}
              done={progress?.done ?? 0}
              total={progress?.total ?? stage.items.length}
            >
              {stage.items.map((item) => {
                const tick = checklist.ticks[item.itemId];
                const checked = pending[item.itemId] ?? isTicked(checklist, item.itemId);
                return (
                  <li key={item.itemId} className={checked ? 'ticked' : undefined}>
                    <label className="check" title={labelText(item.label, other)}>
                      <TickBox
                        readOnly={readOnly}
                        checked={checked}
                        onChange={(e) => setTick(item.itemId, e.target.checked)}
                      />
                      <span>{labelText(item.label, language)}</span>
                    </label>
                    {item.note && (
                      <p className="hint item-note">{labelText(item.note, language)}</p>
                    )}
                    {tick && (
                      <p className="tick-info">
                        {t(
                          checked ? 'session.checklist.tickedBy' : 'session.checklist.untickedBy',
                          {
                            at: formatDate(new Date(tick.at), language),
                            by: personLabel(tick.by),
                          },
                        )}
                      </p>
                    )}
                    <FieldConflict
                      conflict={conflictOf(detail, 'tick', item.itemId)}
                      onChoose={(value) => choose('tick', item.itemId, value)}
                    />
                  </li>
                );
              })}
            </StageItems>
          </fieldset>
        );
      })}
    </section>
  );
}
