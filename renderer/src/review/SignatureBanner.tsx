import { useTranslation } from 'react-i18next';
import type { SessionReview } from '../../../shared/domain';
import { formatInstant, useLanguage } from '../cases/ui/dates';
import { personLabel } from './people';

/** Whether the sign-off verifies against the content as it is now; shown above the note. */
export function SignatureBanner({ review }: { review: SessionReview }): React.JSX.Element | null {
  const { t } = useTranslation();
  const language = useLanguage();
  const { signature } = review;
  if (signature.status === 'unsigned') return null;
  const params = {
    by: personLabel(signature.signerId ?? ''),
    at: signature.at ? formatInstant(signature.at, language) : '',
  };
  const good = signature.status === 'valid';
  return (
    <section
      className={`card signature-banner ${signature.status}`}
      role={good ? 'status' : 'alert'}
      data-signature={signature.status}
    >
      <p>
        <strong>{t(`review.signature.${signature.status}`, params)}</strong>
      </p>
      {good && signature.signerRole && signature.signerRole !== 'supervisor' && (
        <p className={`signer-role ${signature.signerRole}`}>
          {t(`review.signature.role.${signature.signerRole}`)}
        </p>
      )}
      {review.locked && <p>{t('review.signature.locked')}</p>}
      <p className="hint">
        {t('review.signature.hash', { hash: (signature.signedHash ?? '').slice(0, 16) })}
      </p>
    </section>
  );
}
