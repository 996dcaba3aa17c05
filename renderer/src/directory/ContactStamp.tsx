import { useTranslation } from 'react-i18next';
import type { DirectoryContact, DirectorySharing } from '../../../shared/domain';
import { formatInstant, useLanguage } from '../ui/dates';
import { usePersonLabel } from '../review/people-context';

/**
 * Who added or last changed a contact, and when. Names only in a shared directory: alone, it is
 * always the reader.
 */
export function ContactStamp(props: {
  contact: DirectoryContact;
  sharing: DirectorySharing;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const language = useLanguage();
  const person = usePersonLabel();
  const c = props.contact;
  const named = props.sharing === 'team';
  const when = (at: string) => formatInstant(at, language);
  const who = (by: string | undefined) => (by && named ? person(by) : undefined);
  let text: string | null = null;
  if (c.archivedAt) {
    const by = who(c.archivedBy);
    text = by
      ? t('cases.directory.archivedByOn', { who: by, when: when(c.archivedAt) })
      : t('cases.directory.archivedOn', { when: when(c.archivedAt) });
  } else if (c.changedAt && c.changedAt !== c.addedAt) {
    const by = who(c.changedBy);
    text = by
      ? t('cases.directory.changedByOn', { who: by, when: when(c.changedAt) })
      : t('cases.directory.changedOn', { when: when(c.changedAt) });
  } else {
    const by = who(c.addedBy);
    if (by && c.addedAt) text = t('cases.directory.addedByOn', { who: by, when: when(c.addedAt) });
    else if (by) text = t('cases.directory.addedBy', { who: by });
    else if (c.addedAt) text = t('cases.directory.addedOn', { when: when(c.addedAt) });
  }
  return text ? <span className="hint">{text}</span> : null;
}
