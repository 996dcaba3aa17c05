import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextSize, Theme, type Settings } from '../../../shared/api/settings';
import { useApi } from '../api/api-context';
import { applyAppearance } from './appearance';

const THEME_WORD: Record<Theme, string> = {
  system: 'ui.appearance.themeSystem',
  light: 'ui.appearance.themeLight',
  dark: 'ui.appearance.themeDark',
};
const SIZE_WORD: Record<TextSize, string> = {
  normal: 'ui.appearance.textNormal',
  large: 'ui.appearance.textLarge',
  larger: 'ui.appearance.textLarger',
};

/** Theme and text size in Settings (issue #15, item 4): applied at once, kept for the next start. */
export function AppearanceSettings({
  settings,
  onSettings,
}: {
  settings: Settings;
  onSettings: (s: Settings) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  // Held here while the core answers: a second key press moves on from the first choice, not
  // from the value before it.
  const [chosen, setChosen] = useState({ theme: settings.theme, textSize: settings.textSize });

  function change(patch: { theme: Theme } | { textSize: TextSize }): void {
    const next = { ...chosen, ...patch };
    setChosen(next);
    // Shown before the core answers, so the choice is felt at once; the answer confirms it.
    applyAppearance(next);
    void api.call('settings.update', patch).then(onSettings);
  }

  return (
    <fieldset className="appearance">
      <legend>{t('ui.appearance.title')}</legend>
      <label>
        {t('ui.appearance.theme')}
        <select
          value={chosen.theme}
          onChange={(e) => change({ theme: Theme.parse(e.target.value) })}
        >
          {Theme.options.map((theme) => (
            <option key={theme} value={theme}>
              {t(THEME_WORD[theme])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ui.appearance.textSize')}
        <select
          value={chosen.textSize}
          onChange={(e) => change({ textSize: TextSize.parse(e.target.value) })}
        >
          {TextSize.options.map((size) => (
            <option key={size} value={size}>
              {t(SIZE_WORD[size])}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
