import { useTranslation } from 'react-i18next';

/** On a participant's session: it is one part of a group session, which opens from here. */
export function GroupBanner(props: { openGroup: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <p className="notice group-banner" role="note">
      <span>{t('groups.inGroup')}</span>{' '}
      <button type="button" className="link" onClick={props.openGroup}>
        {t('groups.openGroup')}
      </button>
    </p>
  );
}
