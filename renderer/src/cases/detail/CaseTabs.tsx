import { useTranslation } from 'react-i18next';
import { CASE_TABS, type CaseTab } from '../../ui/navigate';

/** The case's sections as an ARIA tab list (arrow keys move between tabs). */
export function CaseTabs(props: {
  current: CaseTab;
  onSelect: (tab: CaseTab) => void;
  /** Open goals of the care plan, shown beside its tab so the case says what is still open. */
  openGoals?: number | undefined;
}): React.JSX.Element {
  const { t } = useTranslation();

  function onKeyDown(event: React.KeyboardEvent): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const index = CASE_TABS.indexOf(props.current);
    const next = CASE_TABS[(index + step + CASE_TABS.length) % CASE_TABS.length];
    if (next) {
      props.onSelect(next);
      document.getElementById(`case-tab-${next}`)?.focus();
    }
  }

  return (
    <div role="tablist" className="tabs" aria-label={t('cases.detail.sections')}>
      {CASE_TABS.map((tab) => (
        <button
          key={tab}
          id={`case-tab-${tab}`}
          type="button"
          role="tab"
          aria-selected={tab === props.current}
          aria-controls={`case-panel-${tab}`}
          tabIndex={tab === props.current ? 0 : -1}
          onClick={() => props.onSelect(tab)}
          onKeyDown={onKeyDown}
        >
          {t(`cases.tabs.${tab}`)}
          {tab === 'carePlan' && props.openGoals ? (
            <span
              className="count"
              aria-label={t('cases.carePlan.openCount', { count: props.openGoals })}
            >
              {props.openGoals}
            </span>
          ) : null}
        </button>
      ))}
    </div>
  );
}
