import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/api/settings';

/** The chosen language, for domain labels (labelText) and Intl formats. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'id';
}
