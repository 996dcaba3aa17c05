import { useTranslation } from 'react-i18next';
import {
  CONTACT_KIND_LABELS,
  labelText,
  type DirectoryContact,
  type DirectorySharing,
} from '../../../shared/domain';
import { useLanguage } from '../ui/dates';
import { ContactStamp } from './ContactStamp';

/** Archived contacts, folded away: out of the pickers, kept for the referrals that name them. */
export function ArchivedContacts(props: {
  contacts: DirectoryContact[];
  sharing: DirectorySharing;
  busy: boolean;
  onRestore: (id: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <details className="archived-contacts">
      <summary>
        {t('cases.directory.archivedTitle')} ({props.contacts.length})
      </summary>
      <p className="hint">{t('cases.directory.archivedHint')}</p>
      <table className="log-table">
        <thead>
          <tr>
            <th scope="col">{t('cases.directory.name')}</th>
            <th scope="col">{t('cases.directory.kind')}</th>
            <th scope="col">{t('cases.directory.lastChange')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('cases.directory.restore')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.contacts.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              <td>{labelText(CONTACT_KIND_LABELS[c.kind], language)}</td>
              <td>
                <ContactStamp contact={c} sharing={props.sharing} />
              </td>
              <td>
                <button
                  type="button"
                  aria-label={t('cases.directory.restoreNamed', { name: c.name })}
                  disabled={props.busy}
                  onClick={() => props.onRestore(c.id)}
                >
                  {t('cases.directory.restore')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
