import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SESSION_CHANNEL_LABELS, SessionChannel, labelText } from '../../../../shared/domain';
import { DateTimeField } from '../../components/DateField';
import { Field } from '../../ui/Field';
import { localInputToIso, nowLocalInput, useLanguage } from '../../ui/dates';

export interface SessionTiming {
  startsAt: string;
  setStartsAt: (value: string) => void;
  duration: string;
  setDuration: (value: string) => void;
  channel: SessionChannel;
  setChannel: (value: SessionChannel) => void;
  /** The start as an instant ('' when none is given) and the minutes, as a request takes them. */
  read: () => { startsAt: string; durationMinutes: number };
}

/**
 * When a session (one client's or a group's) starts, how long it lasts, on which channel. The
 * rules are the methods' own (`SessionMinutes`, `IsoDateTime`): the form checks them through
 * `useFieldProblems`, at the request's paths `startsAt` and `durationMinutes`.
 */
export function useSessionTiming(defaultMinutes: number): SessionTiming {
  const [startsAt, setStartsAt] = useState(nowLocalInput);
  const [duration, setDuration] = useState(String(defaultMinutes));
  const [channel, setChannel] = useState<SessionChannel>('faceToFace');
  const read: SessionTiming['read'] = () => ({
    startsAt: localInputToIso(startsAt) ?? '',
    // What is not a whole number (3.5, 'abc' as NaN) the schema refuses with the duration's words.
    durationMinutes: Number(duration),
  });
  return { startsAt, setStartsAt, duration, setDuration, channel, setChannel, read };
}

export function SessionTimingFields(props: {
  timing: SessionTiming;
  problems: Record<string, string | undefined>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const { timing, problems } = props;
  return (
    <>
      <DateTimeField
        className="field"
        label={t('cases.sessions.startsAt')}
        problem={problems.startsAt}
        value={timing.startsAt}
        onChange={timing.setStartsAt}
      />
      <Field label={t('cases.sessions.duration')} problem={problems.durationMinutes}>
        <input
          type="number"
          min={0}
          max={1440}
          step={5}
          value={timing.duration}
          onChange={(e) => timing.setDuration(e.target.value)}
        />
      </Field>
      <Field label={t('cases.sessions.channel')}>
        <select
          value={timing.channel}
          onChange={(e) => timing.setChannel(SessionChannel.parse(e.target.value))}
        >
          {SessionChannel.options.map((c) => (
            <option key={c} value={c}>
              {labelText(SESSION_CHANNEL_LABELS[c], language)}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
