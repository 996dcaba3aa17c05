import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  PassphraseAssessment,
  PassphraseVerdict,
} from '../../../shared/vault/passphrase-policy';

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

/**
 * Where each verdict sits on the meter (the policy's VERDICT_LEVEL, repeated here so that the
 * meter does not load the dictionaries): refused ones at 2 or below, which the meter's low and
 * high marks colour as not good; accepted ones at 3 and 4, green.
 */
const LEVEL: Record<PassphraseVerdict, number> = {
  tooShort: 0,
  weak: 1,
  guessable: 2,
  good: 3,
  strong: 4,
};

/**
 * The same policy the core enforces, shown while the user types: one verdict (issue #12,
 * item 9), so a passphrase the vault refuses never reads as "enough".
 */
export function PassphraseStrength({
  passphrase,
}: {
  passphrase: string;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const assessment = usePassphraseAssessment(passphrase);
  if (!passphrase || !assessment) return null;
  const { verdict } = assessment;
  return (
    <div
      className="strength"
      data-verdict={verdict}
      data-acceptable={assessment.acceptable}
      aria-live="polite"
    >
      <meter min={0} max={4} low={2} high={3} optimum={4} value={LEVEL[verdict]} />
      <span>{t('vault.strength', { label: t(`vault.verdict.${verdict}`) })}</span>
      {assessment.reason === 'too_short' && <p className="hint">{t('vault.tooShort')}</p>}
      {assessment.reason === 'too_guessable' && <p className="hint">{t('vault.tooGuessable')}</p>}
    </div>
  );
}
