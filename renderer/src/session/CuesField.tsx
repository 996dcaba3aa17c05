import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUE_KIND_LABELS, CueKind, labelText } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { useLanguage } from '../i18n/use-language';
import type { SessionState } from './use-session';

type Props = Pick<SessionState, 'change'> & {
  detail: NonNullable<SessionState['detail']>;
};

const MAX_CUES = 50;

/**
 * Observed non-verbal and para-verbal cues (seed 003, barrier 1: online they are easy to miss):
 * a kind and what exactly was seen or heard.
 */
export function CuesField({ detail, change }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const sessionId = detail.meta.id;
  const [kind, setKind] = useState<CueKind>('tone');
  const [note, setNote] = useState('');

  function add(event: React.FormEvent): void {
    event.preventDefault();
    const cue = note.trim() ? { kind, note: note.trim() } : { kind };
    setNote('');
    void change((d) =>
      api.call('sessions.update', { sessionId, cues: [...d.meta.cues, cue].slice(-MAX_CUES) }),
    );
  }

  function remove(index: number): void {
    void change((d) =>
      api.call('sessions.update', { sessionId, cues: d.meta.cues.filter((_, i) => i !== index) }),
    );
  }

  return (
    <div className="cues">
      <h3>{t('session.cues.title')}</h3>
      <p className="hint">{t('session.cues.hint')}</p>
      {detail.meta.cues.length === 0 ? (
        <p className="hint">{t('session.cues.none')}</p>
      ) : (
        <ul className="cue-list">
          {detail.meta.cues.map((cue, index) => (
            <li key={`${index}-${cue.kind}`}>
              <strong>{labelText(CUE_KIND_LABELS[cue.kind], language)}</strong>
              {cue.note && <span> — {cue.note}</span>}
              <button
                type="button"
                className="link no-print"
                aria-label={t('session.cues.removeOne', {
                  kind: labelText(CUE_KIND_LABELS[cue.kind], language),
                })}
                onClick={() => remove(index)}
              >
                {t('session.cues.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="cue-form no-print" onSubmit={add}>
        <label>
          {t('session.cues.kind')}
          <select value={kind} onChange={(e) => setKind(CueKind.parse(e.target.value))}>
            {CueKind.options.map((k) => (
              <option key={k} value={k}>
                {labelText(CUE_KIND_LABELS[k], language)}
              </option>
            ))}
          </select>
        </label>
        <label className="grow">
          {t('session.cues.note')}
          <input
            value={note}
            maxLength={500}
            placeholder={t('session.cues.notePlaceholder')}
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <button type="submit" disabled={detail.meta.cues.length >= MAX_CUES}>
          {t('session.cues.add')}
        </button>
      </form>
    </div>
  );
}
