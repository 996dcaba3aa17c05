import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors';
import { Addenda } from '../review/Addenda';
import { CommentsPanel } from '../review/CommentsPanel';
import { ReviewPanel } from '../review/ReviewPanel';
import { selectionAnchor } from '../review/selection-anchor';
import { SignatureBanner } from '../review/SignatureBanner';
import { WillBeSent } from '../sync/WillBeSent';
import { ChecklistPanel } from './ChecklistPanel';
import { PrivateNote } from './PrivateNote';
import { SessionMaterials } from '../library/SessionMaterials';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { isResubmission, ResubmissionChanges } from './ResubmissionChanges';
import { RiskScreen } from './RiskScreen';
import { SessionDetails } from './SessionDetails';
import { SessionMembers } from '../cases/household/SessionMembers';
import { SessionHeader } from './SessionHeader';
import type { CaseRecordTab } from '../cases/intake/CaseRecordLinks';
import { SessionNote } from './SessionNote';
import { RiskValues, SessionDetailValues } from './SessionValues';
import { SECTION_ANCHOR, SessionSections } from './SessionSections';
import { useSession } from './use-session';
import { GroupBanner } from '../group/GroupBanner';
import type { SessionFocus } from '../navigation';
import './session.css';

/**
 * One counseling session: the note, its details, the stage checklist, the risk screen and the
 * private note. Everything the core returns is a whole SessionDetail; the screen renders the
 * newest one.
 */
export function SessionScreen(props: {
  sessionId: string;
  onBack: () => void;
  /** Opened from an inbox item: bring its part into view (the return request, the risk screen). */
  focus?: SessionFocus | undefined;
  /** The case's safety plan, which the risk screen's "safety plan" action refers to. */
  openSafetyPlan?: () => void;
  /** The case's intake assessment and care plan, which later sessions refer to (issue #13). */
  openCaseTab?: (tab: CaseRecordTab) => void;
  /** A participant's part of a group session opens the group from here (issue #13, item 4). */
  openGroup?: (groupId: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { detail, error, change, onDetail } = useSession(props.sessionId);
  const loaded = detail !== undefined && detail !== null;
  useEffect(() => {
    if (!loaded || !props.focus) return;
    const target = document.getElementById(props.focus === 'risk' ? 'risk-title' : 'review-title');
    target?.scrollIntoView?.({ block: 'start' });
  }, [loaded, props.focus]);
  const editor = useRef<Editor | null>(null);
  const onEditor = useCallback((e: Editor | null) => {
    editor.current = e;
  }, []);
  const selection = useCallback(() => selectionAnchor(editor.current), []);

  const alert = error ? (
    <p role="alert" className="session-error">
      {errorText(t, error)}
    </p>
  ) : null;

  if (!detail) {
    return (
      <section className="session-screen">
        <button type="button" className="no-print" onClick={props.onBack}>
          ← {t('session.back')}
        </button>
        {alert ?? <p className="loading">{t('session.loading')}</p>}
      </section>
    );
  }

  // Signed, waiting to be erased, or not this person's to write (a supervisor's view, issue #12).
  const contentLocked = detail.readOnly !== undefined || detail.authorship?.mayWrite === false;

  return (
    <article className="session-screen">
      <SessionHeader detail={detail} onBack={props.onBack} openCaseTab={props.openCaseTab} />
      {alert}
      <SignatureBanner review={detail.review} />
      {detail.meta.groupId && props.openGroup && (
        <GroupBanner openGroup={() => props.openGroup?.(detail.meta.groupId ?? '')} />
      )}
      {detail.readOnly === 'erasureWaiting' && (
        <p className="notice" role="status">
          {t('session.readOnly.erasureWaiting')}
        </p>
      )}
      <SessionSections currentStageId={detail.currentStageId} showPrivate />
      {/*
       * Sections in the order of the work (issue #12, item 7): the note, then the checklist with
       * its current stage, the details, the risk screen before the review and its submit control
       * (item 6), and the private note last. Each is a target of the section links above.
       */}
      <div id={SECTION_ANCHOR.note} className="session-section" tabIndex={-1}>
        <SessionNote
          key={detail.documentId}
          detail={detail}
          onDetail={onDetail}
          onEditor={onEditor}
        />
      </div>
      {/*
       * What this person may not change shows as values, not disabled controls (issue #12,
       * item 4): a supervisor reads the checklist, details and risk screen; so does anyone once
       * the session is signed or its case waits to be erased.
       */}
      <div id={SECTION_ANCHOR.checklist} className="session-section" tabIndex={-1}>
        <ChecklistPanel detail={detail} change={change} readOnly={contentLocked} />
      </div>
      <div id={SECTION_ANCHOR.details} className="session-section" tabIndex={-1}>
        {contentLocked ? (
          <SessionDetailValues detail={detail} />
        ) : (
          <SessionDetails key={`details-${detail.meta.id}`} detail={detail} change={change} />
        )}
        <SessionMembers detail={detail} change={change} readOnly={contentLocked} />
      </div>
      {/* The risk screen comes before submitting (issue #12, item 6). */}
      <div id={SECTION_ANCHOR.risk} className="session-section" tabIndex={-1}>
        {contentLocked ? (
          <RiskValues detail={detail} openSafetyPlan={props.openSafetyPlan} />
        ) : (
          <RiskScreen detail={detail} change={change} openSafetyPlan={props.openSafetyPlan} />
        )}
      </div>
      {/* What the session gave the client from the team's library (issue #14, item 3). */}
      <SessionMaterials sessionId={detail.meta.id} />
      {detail.meta.caseId && (
        <AttachmentsPanel
          caseId={detail.meta.caseId}
          owner={{ kind: 'session', id: detail.meta.id }}
        />
      )}
      <div id={SECTION_ANCHOR.review} className="session-section" tabIndex={-1}>
        {isResubmission(detail) && (
          <ResubmissionChanges sessionId={detail.meta.id} focus={props.focus === 'review'} />
        )}
        {/* A disabled fieldset: the controls say "not now" instead of failing when used. */}
        <fieldset className="bare" disabled={detail.readOnly === 'erasureWaiting'}>
          <Addenda detail={detail} change={change} />
          <CommentsPanel detail={detail} change={change} selection={selection} />
          {/* Submitted or resubmitted while the relay is down: not yet in the queue (item 3). */}
          <div className="review-delivery">
            <WillBeSent sessionId={detail.meta.id} />
          </div>
          <ReviewPanel detail={detail} change={change} />
        </fieldset>
      </div>
      <div id={SECTION_ANCHOR.private} className="session-section" tabIndex={-1}>
        <PrivateNote key={detail.privateDocumentId} detail={detail} onDetail={onDetail} />
      </div>
    </article>
  );
}
