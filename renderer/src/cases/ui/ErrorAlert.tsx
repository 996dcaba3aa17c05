import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';

/** An error from the core, in the user's words. Renders nothing without an error. */
export function ErrorAlert({ error }: { error: unknown }): React.JSX.Element | null {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  return (
    <p className="error" role="alert">
      {errorText(t, error)}
    </p>
  );
}
