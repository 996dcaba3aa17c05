import { useTranslation } from 'react-i18next';
import type { Navigate } from '../ui/navigate';

/** A new counselor's first step: a case needs nothing but an alias. */
export function Welcome({ navigate }: { navigate: Navigate }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="panel welcome">
      <h2>{t('cases.home.welcomeTitle')}</h2>
      <p>{t('cases.home.welcomeText')}</p>
      <button
        type="button"
        className="primary"
        onClick={() => navigate({ kind: 'cases' }, { newCase: true })}
      >
        {t('cases.home.firstCase')}
      </button>
    </div>
  );
}
