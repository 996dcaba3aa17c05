import { useTranslation } from 'react-i18next';
import { assessPassphrase } from '../../../shared/vault/passphrase-policy';

/** The same policy the core enforces, shown while the user types. */
export function PassphraseStrength({
  passphrase,
}: {
  passphrase: string;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  if (!passphrase) return null;
  const assessment = assessPassphrase(passphrase);
  const labels = t('vault.strengthLabels', { returnObjects: true }) as string[];
  return (
    <div className="strength" data-score={assessment.score} aria-live="polite">
      <meter min={0} max={4} value={assessment.score} />
      <span>{t('vault.strength', { label: labels[assessment.score] ?? '' })}</span>
      {assessment.reason === 'too_short' && <p className="hint">{t('vault.tooShort')}</p>}
      {assessment.reason === 'too_guessable' && <p className="hint">{t('vault.tooGuessable')}</p>}
    </div>
  );
}

export function passphraseAcceptable(passphrase: string): boolean {
  return assessPassphrase(passphrase).acceptable;
}
