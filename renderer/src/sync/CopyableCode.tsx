import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A code to hand over: as text with a copy button, and as a QR code to scan from the screen. */
export function CopyableCode({
  value,
  qrValue = value,
  testId,
  label,
}: {
  value: string;
  qrValue?: string;
  testId: string;
  label: string;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <div className="copyable-code">
      <output className="invite-code" data-testid={testId} aria-label={label}>
        {value}
      </output>
      <button
        type="button"
        className="link"
        onClick={() =>
          void navigator.clipboard?.writeText(value).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? t('sync.copied') : t('sync.copy')}
      </button>
      <QRCodeSVG value={qrValue} size={168} marginSize={2} title={label} />
    </div>
  );
}
