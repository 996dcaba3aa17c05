import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelayAddressProblem } from '../../../shared/sync/relay-address';

/**
 * Why a relay address is refused, said right under its field; for plain ws:// to another
 * machine, the checkbox that allows it for a trial (issue 10).
 */
export function RelayAddressNotice({
  id,
  problem,
  allowed,
  onAllowedChange,
}: {
  /** The field points at this with aria-describedby. */
  id: string;
  problem: RelayAddressProblem | undefined;
  allowed: boolean;
  onAllowedChange: (allowed: boolean) => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // Said where it is seen: a reason below the fold looks like a button greyed out for nothing.
  useEffect(() => {
    if (problem !== undefined) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [problem]);
  if (problem === undefined || problem === 'empty') return null;
  return (
    <div className="relay-address-notice" ref={ref}>
      <p id={id} className="field-error" role="status">
        {t(`sync.relayAddress.${problem}`)}
      </p>
      {problem === 'insecure' && (
        <label className="check">
          <input
            type="checkbox"
            checked={allowed}
            onChange={(e) => onAllowedChange(e.target.checked)}
          />
          {t('sync.allowInsecure')}
        </label>
      )}
    </div>
  );
}
