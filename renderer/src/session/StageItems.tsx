import { useTranslation } from 'react-i18next';
import './session-values.css';

/**
 * The stages in the order a person needs them (issue #12, item 7): the current stage first, the
 * others after it in their own order.
 */
export function currentFirst<S extends { stageId: string }>(
  stages: readonly S[],
  currentStageId: string | null | undefined,
): S[] {
  const current = stages.filter((s) => s.stageId === currentStageId);
  return [...current, ...stages.filter((s) => s.stageId !== currentStageId)];
}

/**
 * A stage's items: open for the current stage, folded for the others, the fold saying how many
 * are still to tick, so the page starts with the work at hand and not four stages of lists.
 */
export function StageItems(props: {
  current: boolean;
  done: number;
  total: number;
  children: React.ReactNode;
}): React.JSX.Element {
  const { t } = useTranslation();
  const open = props.total - props.done;
  return (
    <details className="stage-items" open={props.current}>
      <summary>
        {open > 0
          ? t('sessionValues.stageItems', { open, total: props.total })
          : t('sessionValues.stageDone', { total: props.total })}
      </summary>
      <ul>{props.children}</ul>
    </details>
  );
}

/**
 * A checklist item's tick: a checkbox for whoever writes the session, its value for whoever
 * may not (a supervisor, a signed session: issue #12, item 4), never a disabled checkbox.
 */
export function TickBox(props: {
  readOnly: boolean;
  checked: boolean;
  onChange: (e: React.ChangeEvent<HTMLInputElement>) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  if (props.readOnly)
    return (
      <span
        className={props.checked ? 'tick-mark ticked' : 'tick-mark'}
        role="img"
        aria-label={t(props.checked ? 'sessionValues.ticked' : 'sessionValues.notTicked')}
      >
        {props.checked ? '✓' : '○'}
      </span>
    );
  return <input type="checkbox" checked={props.checked} onChange={props.onChange} />;
}
