import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../shared/api/records';
import { formatInstant, useLanguage } from '../ui/dates';
import { usePersonLabel } from './people-context';

type Authorship = NonNullable<SessionDetail['authorship']>;

/**
 * For someone who does not write the note (a supervisor): whose note it is, and where their own
 * words go instead (issue #12: "every word is someone's").
 */
export function ReadOnlyNoteNotice(props: { authorship: Authorship }): React.JSX.Element | null {
  const { t } = useTranslation();
  const personLabel = usePersonLabel();
  if (props.authorship.mayWrite) return null;
  const writer = props.authorship.writers.map(personLabel).join(', ');
  return (
    <p className="hint note-read-only" role="note">
      {t('review.authorship.readOnly', { writer })}
    </p>
  );
}

/**
 * "Who wrote this", on demand: the characters still in the note per person, and each sitting (one
 * opening of the note on one device) with who, when and how much of it remains.
 */
export function NoteAuthorship(props: { authorship: Authorship }): React.JSX.Element {
  const { t } = useTranslation();
  const personLabel = usePersonLabel();
  const language = useLanguage();
  const { people, unknownChars, sittings } = props.authorship;
  const empty = people.length === 0 && unknownChars === 0;
  return (
    <details className="note-authorship no-print">
      <summary>{t('review.authorship.show')}</summary>
      <section aria-label={t('review.authorship.title')}>
        {empty ? (
          <p className="empty">{t('review.authorship.none')}</p>
        ) : (
          <ul className="authorship-people">
            {people.map((p) => (
              <li key={p.by} data-author={p.by}>
                {t('review.authorship.person', { by: personLabel(p.by), count: p.chars })}
              </li>
            ))}
            {unknownChars > 0 && <li>{t('review.authorship.unknown', { count: unknownChars })}</li>}
          </ul>
        )}
        {sittings.length > 0 && (
          <>
            <h3>{t('review.authorship.sittings')}</h3>
            <ol className="authorship-sittings">
              {sittings.map((s, i) => (
                <li key={`${s.from}-${i}`}>
                  {t('review.authorship.sitting', {
                    by: personLabel(s.by),
                    from: formatInstant(s.from, language),
                    to: formatInstant(s.to, language),
                    count: s.chars,
                  })}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </details>
  );
}
