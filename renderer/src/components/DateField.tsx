import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  clockSeparator,
  dayPartOrder,
  monthNames,
  parseDayFirst,
  readDateTime,
  readDay,
  splitValue,
  type ClockParts,
  type DateReading,
  type DayParts,
} from '../date-input';
import { useLanguage } from '../i18n/use-language';
import './date-field.css';

/**
 * A date, or a date and time, typed in the person's language (issue #12, item 8): a day, a month
 * by name, a year, and an hour and minute on the 24-hour clock, each its own labelled control in
 * the language's order. Chromium's own date inputs follow the browser's locale, not the page's,
 * so they read "12/06/2026, 10:47 PM" to an Indonesian counselor.
 *
 * The value in and out is what the forms kept from the native inputs ('YYYY-MM-DD', or
 * 'YYYY-MM-DDTHH:mm' in local time); while what is typed is no date, the value is '' and the
 * field says why beside itself.
 */
interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Focus left the field: the value to keep ('' when it is no date). */
  onCommit?: (value: string) => void;
  required?: boolean;
  /** A problem the form found (an i18n key), shown like the field's own. */
  problem?: string | undefined;
  className?: string;
}

export function DateField(props: Props): React.JSX.Element {
  return <SegmentedDate {...props} withTime={false} />;
}

export function DateTimeField(props: Props): React.JSX.Element {
  return <SegmentedDate {...props} withTime />;
}

type Parts = DayParts & ClockParts;
type Segment = keyof Parts;

/** How many digits fill a segment, after which the cursor moves on. */
const WIDTH: Partial<Record<Segment, number>> = { day: 2, year: 4, hour: 2, minute: 2 };

function SegmentedDate(props: Props & { withTime: boolean }): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const read = (p: Parts): DateReading => (props.withTime ? readDateTime(p) : readDay(p));

  const [parts, setParts] = useState<Parts>(() => splitValue(props.value));
  const [seen, setSeen] = useState(props.value);
  const [left, setLeft] = useState(false);
  const reading = read(parts);
  const current = reading.ok ? reading.value : '';
  // A value set from outside (a form reset, a synced change) replaces what is shown; the value
  // this field gave itself does not, so a half-typed date stays as typed.
  if (props.value !== seen) {
    setSeen(props.value);
    if (props.value !== current) setParts(splitValue(props.value));
  }

  const order: Segment[] = [
    ...dayPartOrder(language),
    ...(props.withTime ? ['hour', 'minute'] : []),
  ] as Segment[];
  const refs = useRef<Partial<Record<Segment, HTMLInputElement | HTMLSelectElement | null>>>({});

  function update(next: Partial<Parts>): void {
    const merged = { ...parts, ...next };
    setParts(merged);
    const r = read(merged);
    const value = r.ok ? r.value : '';
    if (value !== props.value) props.onChange(value);
  }

  function typed(segment: Segment, raw: string): void {
    const text = raw.replace(/\D/g, '').slice(0, WIDTH[segment]);
    update({ [segment]: text });
    // A full segment, or a first digit no second could follow (day 4–9, hour 3–9), moves on.
    const full = text.length === WIDTH[segment];
    const early =
      text.length === 1 &&
      ((segment === 'day' && Number(text) > 3) || (segment === 'hour' && Number(text) > 2));
    if (full || early) refs.current[order[order.indexOf(segment) + 1] ?? segment]?.focus();
  }

  function back(segment: Segment, e: React.KeyboardEvent<HTMLInputElement>): void {
    if (e.key !== 'Backspace' || e.currentTarget.value !== '') return;
    const previous = order[order.indexOf(segment) - 1];
    if (previous) {
      e.preventDefault();
      refs.current[previous]?.focus();
    }
  }

  function paste(e: React.ClipboardEvent): void {
    const pasted = parseDayFirst(e.clipboardData.getData('text'));
    if (!pasted) return;
    e.preventDefault();
    update(props.withTime ? pasted : { ...pasted, hour: '', minute: '' });
  }

  function leave(e: React.FocusEvent<HTMLDivElement>): void {
    if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
    setLeft(true);
    props.onCommit?.(current);
  }

  const problem =
    ownProblem(reading, left, props.withTime, t, parts, language) ??
    (props.problem ? t(props.problem) : null);
  const errorId = `${id}-error`;
  const labelId = `${id}-label`;
  const invalid = problem ? true : undefined;

  const input = (segment: 'day' | 'year' | 'hour' | 'minute') => (
    <input
      key={segment}
      ref={(el) => {
        refs.current[segment] = el;
      }}
      className={`date-part date-${segment}`}
      inputMode="numeric"
      autoComplete="off"
      aria-label={t(`dateField.${segment}`)}
      aria-invalid={invalid}
      aria-describedby={problem ? errorId : undefined}
      placeholder={t(`dateField.${segment}Placeholder`)}
      maxLength={WIDTH[segment]}
      size={WIDTH[segment]}
      required={props.required}
      value={parts[segment]}
      onChange={(e) => typed(segment, e.target.value)}
      onKeyDown={(e) => back(segment, e)}
    />
  );

  return (
    <div
      className={`date-field ${props.className ?? ''}`}
      role="group"
      aria-labelledby={labelId}
      onBlur={leave}
      onPaste={paste}
    >
      <span id={labelId} className="date-field-label">
        {props.label}
      </span>
      <span className="date-field-parts">
        {order.map((segment) => {
          if (segment === 'month')
            return (
              <select
                key="month"
                ref={(el) => {
                  refs.current.month = el;
                }}
                className="date-part date-month"
                aria-label={t('dateField.month')}
                aria-invalid={invalid}
                aria-describedby={problem ? errorId : undefined}
                required={props.required}
                value={parts.month}
                onChange={(e) => update({ month: e.target.value })}
              >
                <option value="">{t('dateField.monthPlaceholder')}</option>
                {monthNames(language).map((name, i) => (
                  <option key={name} value={String(i + 1)}>
                    {name}
                  </option>
                ))}
              </select>
            );
          if (segment === 'minute')
            return (
              <span key="minute" className="date-clock-minute">
                <span aria-hidden="true">{clockSeparator(language)}</span>
                {input('minute')}
              </span>
            );
          return input(segment as 'day' | 'year' | 'hour');
        })}
      </span>
      {problem && (
        <span id={errorId} className="field-error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}

/** The field's own word on what is typed: a day that does not exist at once, a gap once left. */
function ownProblem(
  reading: DateReading,
  left: boolean,
  withTime: boolean,
  t: (key: string, options?: Record<string, unknown>) => string,
  parts: Parts,
  language: 'id' | 'en',
): string | null {
  if (reading.ok) return null;
  switch (reading.problem) {
    case 'incomplete':
      return left
        ? t(withTime ? 'dateField.problem.incompleteTime' : 'dateField.problem.incomplete')
        : null;
    case 'noSuchDay':
      return t('dateField.problem.noSuchDay', {
        month: monthNames(language)[Number(parts.month) - 1] ?? '',
        year: parts.year,
        days: reading.daysInMonth,
      });
    case 'year':
      return left ? t('dateField.problem.year') : null;
    default:
      return t(`dateField.problem.${reading.problem}`);
  }
}
