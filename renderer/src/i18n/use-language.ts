import { useTranslation } from 'react-i18next';
import { Language } from '../../../shared/api/settings';

/** The language the user chose, as the domain's labels (labelText) and Intl want it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const parsed = Language.safeParse(i18n.language);
  return parsed.success ? parsed.data : 'id';
}
