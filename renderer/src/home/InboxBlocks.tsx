import { useTranslation } from 'react-i18next';
import type { HomeInbox, InboxItem, InboxKind } from '../../../shared/api/records';
import { labelText, RISK_ACTION_LABELS } from '../../../shared/domain';
import { RiskBadge } from '../ui/RiskBadge';
import { formatInstant, useLanguage } from '../ui/dates';
import type { Navigate } from '../ui/navigate';
import type { SessionFocus } from '../navigation';
import { usePersonLabel } from '../review/people-context';
import { HomeBlock } from './HomeBlock';

/** Which part of the session an item opens on: the return request and comments, or the risk screen. */
const FOCUS: Partial<Record<InboxKind, SessionFocus>> = {
  returned: 'review',
  comments: 'review',
  waiting: 'review',
  resubmitted: 'review',
  risk: 'risk',
};

/** One click on an item opens the session at the part it is about (issue #12, item 2). */
export function openItem(item: InboxItem, navigate: Navigate): void {
  const focus = FOCUS[item.kind];
  if (item.sessionId) {
    navigate({
      kind: 'session',
      sessionId: item.sessionId,
      caseId: item.caseId,
      ...(focus ? { focus } : {}),
    });
  } else {
    navigate({ kind: 'case', caseId: item.caseId });
  }
}

/** A supervisor's part of the inbox: waiting sessions, risk first, and resubmissions. */
export function ReviewInbox(props: { inbox: HomeInbox; navigate: Navigate }): React.JSX.Element {
  const { t } = useTranslation();
  const items = props.inbox.supervisor ?? [];
  const waiting = items.filter((i) => i.kind === 'waiting');
  const resubmitted = items.filter((i) => i.kind === 'resubmitted');
  const more = props.inbox.waitingForReview - items.length;
  return (
    <>
      <KindBlock
        kind="waiting"
        title={t('inbox.waiting')}
        items={waiting}
        navigate={props.navigate}
      />
      <KindBlock
        kind="resubmitted"
        title={t('inbox.resubmitted')}
        items={resubmitted}
        navigate={props.navigate}
      />
      {more > 0 && (
        <p className="hint">
          <button type="button" className="link" onClick={() => props.navigate({ kind: 'review' })}>
            {t('inbox.waitingMore', { count: more })}
          </button>
        </p>
      )}
    </>
  );
}

/** A counselor's part: unhandled risk first, sessions returned, comments waiting an answer. */
export function CounselorInbox(props: { inbox: HomeInbox; navigate: Navigate }): React.JSX.Element {
  const { t } = useTranslation();
  const of = (kind: InboxKind) => props.inbox.counselor.filter((i) => i.kind === kind);
  return (
    <>
      <KindBlock kind="risk" title={t('inbox.risk')} items={of('risk')} navigate={props.navigate} />
      <KindBlock
        kind="returned"
        title={t('inbox.returned')}
        items={of('returned')}
        navigate={props.navigate}
      />
      <KindBlock
        kind="comments"
        title={t('inbox.comments')}
        items={of('comments')}
        navigate={props.navigate}
      />
    </>
  );
}

/** A block that says nothing when empty: the inbox shows only what waits. */
function KindBlock(props: {
  kind: InboxKind;
  title: string;
  items: InboxItem[];
  navigate: Navigate;
}): React.JSX.Element | null {
  if (props.items.length === 0) return null;
  return (
    <HomeBlock
      title={props.title}
      empty=""
      items={props.items}
      keyOf={(i) => `${i.kind}-${i.sessionId ?? i.caseId}`}
      onOpen={(i) => openItem(i, props.navigate)}
      tone={props.kind === 'risk' ? 'danger' : 'warning'}
      renderItem={(i) => <ItemBody item={i} />}
    />
  );
}

function ItemBody({ item }: { item: InboxItem }): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const person = usePersonLabel();
  const when = formatInstant(item.at, language);
  return (
    <>
      <span className="item-title">{item.alias}</span>
      <RiskBadge level={item.riskLevel} flagged={item.kind === 'risk'} />
      <span className="item-meta">
        {item.kind === 'risk' && item.missing && (
          <>
            {t('inbox.riskMissing', {
              list: item.missing.map((k) => labelText(RISK_ACTION_LABELS[k], language)).join(', '),
            })}
          </>
        )}
        {item.kind === 'returned' && (
          <>
            {t('inbox.returnedReason', { text: item.text ?? '' })} · {when}
            {item.by && ` · ${t('inbox.by', { name: person(item.by) })}`}
          </>
        )}
        {item.kind === 'comments' && (
          <>
            {t('inbox.commentCount', { count: item.count ?? 1 })} · “{item.text}” · {when}
            {item.by && ` · ${t('inbox.by', { name: person(item.by) })}`}
          </>
        )}
        {(item.kind === 'waiting' || item.kind === 'resubmitted') && (
          <>
            {t('inbox.submittedAt', { date: when })}
            {item.by && ` · ${t('inbox.by', { name: person(item.by) })}`}
          </>
        )}
      </span>
    </>
  );
}
