import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassphraseAssessment } from '../../../shared/vault/passphrase-policy';

type Assess = (passphrase: string) => PassphraseAssessment;

/**
 * The password dictionaries are most of a megabyte of JavaScript that the unlock screen never
 * needs (issue #11, item 6), so the policy is fetched the first time a screen asks for it, and
 * once per page.
 */
let loading: Promise<Assess> | undefined;
let loaded: Assess | undefined;

function loadPolicy(): Promise<Assess> {
  loading ??= import('../../../shared/vault/passphrase-policy').then((m) => {
    loaded = (p) => m.assessPassphrase(p);
    return loaded;
  });
  return loading;
}

/**
 * The assessment of `passphrase`, or null until the policy has loaded. Nothing is fetched while
 * `wanted` is false, so a screen can hold the hook without paying for the dictionaries.
 */
export function usePassphraseAssessment(
  passphrase: string,
  wanted = true,
): PassphraseAssessment | null {
  const [assess, setAssess] = useState<Assess | undefined>(() => loaded);
  useEffect(() => {
    if (!wanted || assess) return;
    let live = true;
    void loadPolicy().then((fn) => {
      if (live) setAssess(() => fn);
    });
    return () => {
      live = false;
    };
  }, [wanted, assess]);
  return wanted && assess ? assess(passphrase) : null;
}

/** Whether the policy accepts `passphrase`; false until the policy has loaded. */
export function usePassphraseAcceptable(passphrase: string, wanted = true): boolean {
  return usePassphraseAssessment(passphrase, wanted)?.acceptable ?? false;
}

/** The same policy the core enforces, shown while the user types. */
export function PassphraseStrength({
  passphrase,
}: {
  passphrase: string;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const assessment = usePassphraseAssessment(passphrase);
  if (!passphrase || !assessment) return null;
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
