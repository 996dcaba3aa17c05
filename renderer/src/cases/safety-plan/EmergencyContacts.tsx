import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_KIND_LABELS,
  crisisContacts,
  labelText,
  NATIONAL_CRISIS_LINE,
  NATIONAL_CRISIS_TEL,
  type SafetyPlan,
} from '../../../../shared/domain';
import { useApi } from '../../api/api-context';
import { useLanguage } from '../../ui/dates';
import { useLoad } from '../../ui/use-load';
import '../../home/inbox.css';

/**
 * "Kontak darurat": one click from a screen that shows high risk (issue #12, item 6). Opens the
 * national line (labelled as Indonesia's) and the crisis contacts of the directory and of the
 * client's safety plan, each a `tel:` link.
 */
export function EmergencyContacts(props: { plan?: SafetyPlan | null }): React.JSX.Element {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="emergency-contacts no-print">
      <button
        type="button"
        className="emergency-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        ☎ {t('inbox.emergency.open')}
      </button>
      {open && <EmergencyPanel id={panelId} plan={props.plan ?? null} />}
    </div>
  );
}

function EmergencyPanel(props: { id: string; plan: SafetyPlan | null }): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const load = useCallback(() => api.call('directory.list', {}), [api]);
  const { data } = useLoad(load);
  const contacts = crisisContacts(data?.contacts ?? [], props.plan);
  return (
    <section id={props.id} className="emergency-panel" aria-label={t('inbox.emergency.title')}>
      <p>
        <strong>{t('inbox.emergency.national')}</strong>:{' '}
        <a href={NATIONAL_CRISIS_TEL}>
          {t('inbox.emergency.nationalNumber', {
            number: NATIONAL_CRISIS_LINE.number,
            extension: NATIONAL_CRISIS_LINE.extension,
          })}
        </a>
        <br />
        <span className="hint">{t('inbox.emergency.nationalHint')}</span>
      </p>
      <h3>{t('inbox.emergency.directory')}</h3>
      {data && contacts.length === 0 && (
        <p className="hint">{t('inbox.emergency.directoryEmpty')}</p>
      )}
      {contacts.length > 0 && (
        <ul>
          {contacts.map((c) => (
            <li key={c.phone}>
              {c.name}
              {c.kind && (
                <span className="hint"> · {labelText(CONTACT_KIND_LABELS[c.kind], language)}</span>
              )}
              {' — '}
              <a
                href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}
                aria-label={t('inbox.emergency.call', { name: c.name })}
              >
                {c.phone}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
