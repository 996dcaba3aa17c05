import { useTranslation } from 'react-i18next';
import { Language, type Settings } from '../../../shared/api/settings';
import { useApi } from '../api/api-context';
import { switchLanguage } from '../i18n';

export function LanguageSwitch({
  onChanged,
}: {
  onChanged?: (s: Settings) => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const api = useApi();
  return (
    <label className="language-switch">
      {t('language.label')}{' '}
      <select
        value={i18n.language}
        onChange={(event) => {
          const language = Language.parse(event.target.value);
          void switchLanguage(language);
          void api.call('settings.update', { language }).then((s) => onChanged?.(s));
        }}
      >
        {Language.options.map((code) => (
          <option key={code} value={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
