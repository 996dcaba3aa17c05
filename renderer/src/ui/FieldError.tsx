import { useTranslation } from 'react-i18next';

/** A field's problem in the person's words (a catalog key from `useFieldProblems`), if it has one. */
export function FieldError(props: { problem: string | undefined }): React.JSX.Element | null {
  const { t } = useTranslation();
  if (!props.problem) return null;
  return (
    <p className="field-error" role="alert">
      {t(props.problem)}
    </p>
  );
}
