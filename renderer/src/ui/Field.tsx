import { cloneElement, useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A labelled control with its hint and validation message. The label points at the control by
 * id rather than wrapping it, so a select's options never become part of the field's name.
 */
export function Field(props: {
  label: string;
  hint?: string;
  /** An i18n key from validation.ts. */
  problem?: string | undefined;
  className?: string;
  children: React.ReactElement<{ id?: string; 'aria-invalid'?: boolean }>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {cloneElement(props.children, {
        id,
        ...(props.problem ? { 'aria-invalid': true } : {}),
      })}
      {props.hint && <p className="hint">{props.hint}</p>}
      {props.problem && (
        <p className="field-error" role="alert">
          {t(props.problem)}
        </p>
      )}
    </div>
  );
}
