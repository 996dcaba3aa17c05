import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_KIND_LABELS, labelText, type DirectoryContact } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../cases/ui/ErrorAlert';
import { useLanguage } from '../cases/ui/dates';
import { useLoad } from '../cases/ui/use-load';
import { ContactForm } from './ContactForm';

/** The counselor's referral and outreach contacts: services, RT/RW, kelurahan, leaders. */
export function DirectoryScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const load = useCallback(() => api.call('directory.list', {}), [api]);
  const { data, error, setData } = useLoad(load);
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
      <ErrorAlert error={error} />
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
                    <button
                      type="button"
                      aria-label={t('cases.directory.editNamed', { name: c.name })}
                      onClick={() => setEditing(c)}
                    >
                      {t('cases.common.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
