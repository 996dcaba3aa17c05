import { useTranslation } from 'react-i18next';

/** The recovery key as typed: no autocomplete, no spellcheck (it is random characters). */
export function RecoveryKeyField(props: {
  value: string;
  onChange: (value: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <label>
      {t('vault.recoveryKey')}
      <input
        autoComplete="off"
        spellCheck={false}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}
