import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_KIND_LABELS, labelText, type DirectoryContact } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useLanguage } from '../ui/dates';
import { useLoad } from '../ui/use-load';
import { useSubmit } from '../ui/use-submit';
import { ArchivedContacts } from './ArchivedContacts';
import { ContactForm } from './ContactForm';
import { ContactStamp } from './ContactStamp';

const SHARING_TEXT = {
  team: 'cases.directory.sharingTeam',
  device: 'cases.directory.sharingDevice',
  pending: 'cases.directory.sharingPending',
} as const;

/**
 * The referral and outreach contacts: services, RT/RW, kelurahan, leaders. Shared with the team
 * when in one; archived contacts are listed apart and can be restored.
 */
export function DirectoryScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const load = useCallback(() => api.call('directory.list', {}), [api]);
  const { data, error, setData } = useLoad(load);
  const archiving = useSubmit();
  const setArchived = async (id: string, archived: boolean): Promise<void> => {
    const saved = await archiving.run(() => api.call('directory.archive', { id, archived }));
    if (saved) setData(saved);
  };
  // null: no form; 'new': a new contact; otherwise the contact being edited.
  const [editing, setEditing] = useState<DirectoryContact | 'new' | null>(null);
  const contacts = [...(data?.contacts ?? [])].sort(
    (a, b) =>
      labelText(CONTACT_KIND_LABELS[a.kind], language).localeCompare(
        labelText(CONTACT_KIND_LABELS[b.kind], language),
      ) || a.name.localeCompare(b.name),
  );

  return (
    <section className="directory">
      <div className="screen-head">
        <h1>{t('cases.directory.title')}</h1>
        {editing === null && (
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            {t('cases.directory.new')}
          </button>
        )}
      </div>
      <p className="hint">{t('cases.directory.intro')}</p>
      {data && <p className="directory-sharing">{t(SHARING_TEXT[data.sharing])}</p>}
      {editing !== null && (
        <ContactForm
          key={editing === 'new' ? 'new' : editing.id}
          contact={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            setData(saved);
            setEditing(null);
          }}
        />
      )}
      <ErrorAlert error={error ?? archiving.error} />
      {data &&
        (contacts.length === 0 ? (
          <p className="empty">{t('cases.directory.empty')}</p>
        ) : (
          <table className="log-table">
            <thead>
              <tr>
                <th scope="col">{t('cases.directory.name')}</th>
                <th scope="col">{t('cases.directory.kind')}</th>
                <th scope="col">{t('cases.directory.phone')}</th>
                <th scope="col">{t('cases.directory.address')}</th>
                <th scope="col">{t('cases.directory.notes')}</th>
                <th scope="col">{t('cases.directory.lastChange')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('cases.common.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  <td>{labelText(CONTACT_KIND_LABELS[c.kind], language)}</td>
                  <td>{c.phone}</td>
                  <td>{c.address}</td>
                  <td>{c.notes}</td>
                  <td>
                    <ContactStamp contact={c} sharing={data.sharing} />
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      aria-label={t('cases.directory.editNamed', { name: c.name })}
                      onClick={() => setEditing(c)}
                    >
                      {t('cases.common.edit')}
                    </button>
                    <button
                      type="button"
                      aria-label={t('cases.directory.archiveNamed', { name: c.name })}
                      disabled={archiving.busy}
                      onClick={() => void setArchived(c.id, true)}
                    >
                      {t('cases.directory.archive')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {data && data.archived.length > 0 && (
        <ArchivedContacts
          contacts={data.archived}
          sharing={data.sharing}
          busy={archiving.busy}
          onRestore={(id) => void setArchived(id, false)}
        />
      )}
    </section>
  );
}
