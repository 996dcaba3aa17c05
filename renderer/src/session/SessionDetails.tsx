import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONNECTION_PROBLEM_LABELS,
  ConnectionProblem,
  labelText,
  SESSION_CHANNEL_LABELS,
  SessionChannel,
} from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { DateTimeField } from '../components/DateField';
import type { SessionDetailField } from '../../../shared/api/session-conflicts';
import { CuesField } from './CuesField';
import { conflictOf, FieldConflict, useChooseValue } from './FieldConflict';
import { fromLocalInput, toLocalInput } from './format';
import { useLanguage } from '../i18n/use-language';
import { usePending } from './use-pending';
import type { SessionState } from './use-session';

type Props = Pick<SessionState, 'change'> & {
  detail: NonNullable<SessionState['detail']>;
};

/** Each detail kept as a conflict-keeping field, with the words that name it. */
const DETAIL_NAMES: ReadonlyArray<[SessionDetailField, string]> = [
  ['startsAt', 'session.details.startsAt'],
  ['durationMinutes', 'session.details.duration'],
  ['channel', 'session.details.channel'],
  ['connectionProblems', 'session.details.problems'],
  ['cues', 'session.cues.title'],
];

/** "Detail sesi": when, how long, which channel, what got in the way, and the cues observed. */
export function SessionDetails({ detail, change }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const { meta } = detail;
  const sessionId = meta.id;
  const [startsAt, setStartsAt] = useState(toLocalInput(meta.startsAt));
  const [duration, setDuration] = useState(String(meta.durationMinutes));
  const choose = useChooseValue(detail, change);

  // A choice between values kept apart (issue #13, item 8); the inputs show the chosen one.
  function chooseDetail(key: SessionDetailField, value: unknown): void {
    if (key === 'startsAt' && typeof value === 'string') setStartsAt(toLocalInput(value));
    if (key === 'durationMinutes') setDuration(String(value));
    choose('detail', key, value as Parameters<typeof choose>[2]);
  }

  function saveStartsAt(value: string): void {
    const iso = fromLocalInput(value);
    if (iso && iso !== new Date(meta.startsAt).toISOString()) {
      void change(() => api.call('sessions.update', { sessionId, startsAt: iso }));
    }
  }

  function saveDuration(): void {
    const minutes = Number(duration);
    if (Number.isInteger(minutes) && minutes >= 0 && minutes !== meta.durationMinutes) {
      void change(() => api.call('sessions.update', { sessionId, durationMinutes: minutes }));
    }
  }

  const [pending, startPending] = usePending<boolean>();
  const [pendingChannel, startChannel] = usePending<SessionChannel>();

  function toggleProblem(problem: ConnectionProblem, on: boolean): void {
    startPending(problem, on, () =>
      change((d) => {
        const others = d.meta.connectionProblems.filter((p) => p !== problem);
        const connectionProblems = on ? [...others, problem] : others;
        return api.call('sessions.update', { sessionId, connectionProblems });
      }),
    );
  }

  function setChannel(channel: SessionChannel): void {
    startChannel('channel', channel, () =>
      change(() => api.call('sessions.update', { sessionId, channel })),
    );
  }
  const channel = pendingChannel.channel ?? meta.channel;

  return (
    <section className="card session-details" aria-labelledby="session-details-title">
      <h2 id="session-details-title">{t('session.details.title')}</h2>
      <div className="details-row">
        <DateTimeField
          label={t('session.details.startsAt')}
          value={startsAt}
          onChange={setStartsAt}
          onCommit={saveStartsAt}
        />
        <label>
          {t('session.details.duration')}
          <input
            type="number"
            min={0}
            max={1440}
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
            onBlur={saveDuration}
          />
        </label>
        <label>
          {t('session.details.channel')}
          <select
            value={channel}
            onChange={(e) => setChannel(SessionChannel.parse(e.target.value))}
          >
            {SessionChannel.options.map((channel) => (
              <option key={channel} value={channel}>
                {labelText(SESSION_CHANNEL_LABELS[channel], language)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="problems">
        <legend>{t('session.details.problems')}</legend>
        {ConnectionProblem.options.map((problem) => (
          <label key={problem} className="check">
            <input
              type="checkbox"
              checked={pending[problem] ?? meta.connectionProblems.includes(problem)}
              onChange={(e) => toggleProblem(problem, e.target.checked)}
            />
            {labelText(CONNECTION_PROBLEM_LABELS[problem], language)}
          </label>
        ))}
      </fieldset>
      <CuesField detail={detail} change={change} />
      {DETAIL_NAMES.map(([key, name]) => (
        <FieldConflict
          key={key}
          name={t(name)}
          conflict={conflictOf(detail, 'detail', key)}
          onChoose={(value) => chooseDetail(key, value)}
        />
      ))}
    </section>
  );
}
