import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../components/DateField';
import { Field } from '../ui/Field';

/** One meeting's date and note: adding one, or changing one. */
export function FollowUpForm(props: {
  initial: { dueDate: string; note: string };
  busy: boolean;
  onSave: (value: { dueDate: string; note: string }) => Promise<void>;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [dueDate, setDueDate] = useState(props.initial.dueDate);
  const [note, setNote] = useState(props.initial.note);
  return (
    <form
      className="panel follow-up-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (dueDate) void props.onSave({ dueDate, note });
      }}
    >
      <DateField
        className="field"
        label={t('followUps.plan.date')}
        value={dueDate}
        onChange={setDueDate}
        required
      />
      <Field label={t('followUps.plan.note')}>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={props.busy || !dueDate}>
          {t('followUps.plan.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('followUps.plan.cancel')}
        </button>
      </div>
    </form>
  );
}
