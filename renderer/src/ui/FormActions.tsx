import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/** The end of every record form: what went wrong, the submit button, and cancel when offered. */
export function FormActions(props: {
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onCancel?: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <ErrorAlert error={props.error} />
      <div className="actions">
        <button type="submit" disabled={props.busy}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t('cases.common.cancel')}
          </button>
        )}
      </div>
    </>
  );
}
