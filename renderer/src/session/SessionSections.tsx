import { useTranslation } from 'react-i18next';

export type SessionSection =
  'note' | 'currentStage' | 'checklist' | 'details' | 'risk' | 'review' | 'private';

/** The element each section link brings to the top of the page. */
export const SECTION_ANCHOR: Record<Exclude<SessionSection, 'currentStage'>, string> = {
  note: 'section-note',
  checklist: 'section-checklist',
  details: 'section-details',
  risk: 'section-risk',
  review: 'section-review',
  private: 'section-private',
};

/** The anchor of a checklist stage (ChecklistPanel gives each stage this id). */
export const stageAnchor = (stageId: string): string => `stage-${stageId}`;

/**
 * The session page's table of contents (issue #12, item 7): a row of links that stays at the
 * top while the page scrolls, so the checklist, details, risk and review are one click away on a
 * 1280×720 laptop instead of several screens down. Links are real anchors (a person can open
 * them with the keyboard); the click scrolls smoothly instead of changing the address.
 */
export function SessionSections(props: {
  currentStageId: string | null | undefined;
  showPrivate: boolean;
}): React.JSX.Element {
  const { t } = useTranslation();
  const links: [SessionSection, string][] = [
    ['note', SECTION_ANCHOR.note],
    ...(props.currentStageId
      ? [['currentStage', stageAnchor(props.currentStageId)] as [SessionSection, string]]
      : []),
    ['checklist', SECTION_ANCHOR.checklist],
    ['details', SECTION_ANCHOR.details],
    ['risk', SECTION_ANCHOR.risk],
    ['review', SECTION_ANCHOR.review],
    ...(props.showPrivate ? [['private', SECTION_ANCHOR.private] as [SessionSection, string]] : []),
  ];

  function jump(event: React.MouseEvent<HTMLAnchorElement>, anchor: string): void {
    const target = document.getElementById(anchor);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView?.({ block: 'start' });
    // Keyboard users land where they jumped: the section takes focus without a visible ring.
    target.focus?.({ preventScroll: true });
  }

  return (
    <nav className="session-sections no-print" aria-label={t('session.sections.label')}>
      <ul>
        {links.map(([section, anchor]) => (
          <li key={section}>
            <a href={`#${anchor}`} onClick={(e) => jump(e, anchor)}>
              {t(`session.sections.${section}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
