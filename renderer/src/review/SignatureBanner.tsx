import { useTranslation } from 'react-i18next';
import type { SessionReview } from '../../../shared/domain';
import { formatInstant, useLanguage } from '../ui/dates';
import { usePersonLabel } from './people-context';

/**
 * Whether the sign-off verifies against the content as it is now, and whether its key is a
 * supervisor's (a refused one is shown, not hidden); above the note.
 */
export function SignatureBanner({ review }: { review: SessionReview }): React.JSX.Element | null {
  const { t } = useTranslation();
  const personLabel = usePersonLabel();
  const language = useLanguage();
  const { signature } = review;
  if (signature.status === 'unsigned') return null;
  const params = {
    by: personLabel(signature.signerId ?? ''),
    at: signature.at ? formatInstant(signature.at, language) : '',
  };
  const authority = signature.authority;
  const refused = authority === 'refused';
  const good = signature.status === 'valid' && !refused;
  return (
    <section
      className={`card signature-banner ${refused ? 'refused' : signature.status}`}
      role={good ? 'status' : 'alert'}
      data-signature={signature.status}
      data-authority={authority}
    >
      <p>
        <strong>
          {refused
            ? t('review.signature.authority.refused', params)
            : t(`review.signature.${signature.status}`, params)}
        </strong>
      </p>
      {authority && authority !== 'supervisor' && !refused && (
        <p className={`signer-role ${authority}`}>{t(`review.signature.authority.${authority}`)}</p>
      )}
      {review.locked && <p>{t('review.signature.locked')}</p>}
      {/* For whoever checks the signature, not for the day's reading (issue #12, item 8). */}
      <details className="hint for-checking">
        <summary>{t('review.signature.forChecking')}</summary>
        {t('review.signature.hash', { hash: (signature.signedHash ?? '').slice(0, 16) })}
      </details>
    </section>
  );
}
