import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SessionConflict } from '../../../shared/api/session-conflicts';
import {
  CONNECTION_PROBLEM_LABELS,
  ConnectionProblem,
  CUE_KIND_LABELS,
  labelText,
  ObservedCue,
  SESSION_CHANNEL_LABELS,
  SessionChannel,
  type LabelLanguage,
} from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { formatInstant } from '../ui/dates';
import { useLanguage } from '../i18n/use-language';
import { usePersonLabel } from '../review/people-context';
import type { SessionState } from './use-session';

type Detail = NonNullable<SessionState['detail']>;

/** A kept conflict, and whether this person may choose (the counselor, while it is writable). */
export type ShownConflict = SessionConflict & { mayChoose: boolean };

/** The conflict kept for one field of the session, if any. */
export function conflictOf(
  detail: Detail,
  kind: SessionConflict['kind'],
  key: string,
): ShownConflict | undefined {
  const conflict = detail.conflicts.find((c) => c.kind === kind && c.key === key);
  if (!conflict) return undefined;
  const mayChoose = detail.readOnly === undefined && detail.authorship?.mayWrite !== false;
  return { ...conflict, mayChoose };
}

/** A kept value in words: a tick, an answer, a detail of the session. */
export function conflictValueText(
  conflict: Pick<SessionConflict, 'kind' | 'key'>,
  value: unknown,
  t: TFunction,
  language: LabelLanguage,
): string {
  if (conflict.kind === 'tick') {
    return t(value === true ? 'session.conflict.ticked' : 'session.conflict.unticked');
  }
  if (conflict.kind === 'risk') {
    return value === 'yes' || value === 'no'
      ? t(`session.risk.${value}`)
      : t('session.conflict.noAnswer');
  }
  switch (conflict.key) {
    case 'startsAt':
      return typeof value === 'string' ? formatInstant(value, language) : '';
    case 'durationMinutes':
      return t('session.conflict.minutes', { count: Number(value) });
    case 'channel': {
      const parsed = SessionChannel.safeParse(value);
      return parsed.success ? labelText(SESSION_CHANNEL_LABELS[parsed.data], language) : '';
    }
    case 'connectionProblems': {
      const parsed = ConnectionProblem.array().safeParse(value);
      const words = parsed.success
        ? parsed.data.map((p) => labelText(CONNECTION_PROBLEM_LABELS[p], language))
        : [];
      return words.length > 0 ? words.join(', ') : t('session.conflict.none');
    }
    case 'cues': {
      const parsed = ObservedCue.array().safeParse(value);
      const words = parsed.success
        ? parsed.data.map(
            (c) => labelText(CUE_KIND_LABELS[c.kind], language) + (c.note ? `: ${c.note}` : ''),
          )
        : [];
      return words.length > 0 ? words.join('; ') : t('session.conflict.none');
    }
    default:
      return JSON.stringify(value);
  }
}

/**
 * Two (or more) values of one field, set on two devices while apart (issue #13, item 8): each
 * with who and when, and a button to choose it. The choice supersedes them all, on every device.
 */
export function FieldConflict(props: {
  conflict: ShownConflict | undefined;
  /** Which field, where the notice does not sit beside it. */
  name?: string;
  onChoose: (value: SessionConflict['versions'][number]['value']) => void;
  disabled?: boolean;
  /** How a kept value reads, for a field that is not a session's (an intake answer, a goal mark). */
  describe?: (value: unknown) => string;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const language = useLanguage();
  const personLabel = usePersonLabel();
  const { conflict } = props;
  if (!conflict) return null;
  return (
    <div className="warning conflict-notice field-conflict" role="alert">
      <p>
        <strong>
          {props.name ? `${props.name}: ` : ''}
          {t('session.conflict.title')}
        </strong>{' '}
        {t('session.conflict.intro')}
      </p>
      <ul>
        {conflict.versions.map((version) => {
          const value = props.describe
            ? props.describe(version.value)
            : conflictValueText(conflict, version.value, t, language);
          return (
            <li key={`${version.by}-${version.at}-${JSON.stringify(version.value)}`}>
              {t('session.conflict.value', {
                value,
                by: personLabel(version.by),
                at: formatInstant(version.at, language),
              })}{' '}
              {conflict.mayChoose && (
                <button
                  type="button"
                  disabled={props.disabled}
                  onClick={() => props.onChoose(version.value)}
                >
                  {t('session.conflict.choose', { value })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Sends a person's choice for one field; the session comes back without that conflict. */
export function useChooseValue(
  detail: Detail,
  change: SessionState['change'],
): (
  kind: SessionConflict['kind'],
  key: string,
  value: SessionConflict['versions'][number]['value'],
) => void {
  const api = useApi();
  const sessionId = detail.meta.id;
  return (kind, key, value) =>
    void change(() => api.call('sessions.resolveConflict', { sessionId, kind, key, value }));
}
