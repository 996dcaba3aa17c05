import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import {
  CONTACT_KIND_LABELS,
  ContactKind,
  labelText,
  type DirectoryContact,
} from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { Field } from '../ui/Field';
import { useLanguage } from '../ui/dates';
import { useFieldProblems } from '../ui/use-field-problems';
import { useSubmit } from '../ui/use-submit';
import { FormActions } from '../ui/FormActions';

/** Adds a contact, or edits one (the same id keeps it the same contact). */
export function ContactForm(props: {
  contact: DirectoryContact | null;
  onSaved: (result: MethodOutput<'directory.list'>) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const submit = useSubmit();
  const c = props.contact;
  const [kind, setKind] = useState<ContactKind>(c?.kind ?? 'healthFacility');
  const [name, setName] = useState(c?.name ?? '');
  const [phone, setPhone] = useState(c?.phone ?? '');
  const [address, setAddress] = useState(c?.address ?? '');
  const [notes, setNotes] = useState(c?.notes ?? '');
  const fields = useFieldProblems('directory.save');
  const problems = fields.problems;

  async function save(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const input = {
      ...(c ? { id: c.id } : {}),
      kind,
      name: name.trim(),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      ...(address.trim() ? { address: address.trim() } : {}),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    };
    if (!fields.check(input)) return;
    const saved = await submit.run(() =>
      api.call('directory.save', input).catch((error: unknown) => {
        fields.showRefused(error);
        throw error;
      }),
    );
    if (saved) props.onSaved(saved);
  }

  return (
    <form className="panel" onSubmit={(e) => void save(e)} noValidate>
      <h2>{c ? t('cases.directory.editTitle') : t('cases.directory.new')}</h2>
      <div className="row">
        <Field label={t('cases.directory.kind')}>
          <select value={kind} onChange={(e) => setKind(ContactKind.parse(e.target.value))}>
            {ContactKind.options.map((k) => (
              <option key={k} value={k}>
                {labelText(CONTACT_KIND_LABELS[k], language)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('cases.directory.name')} problem={problems.name}>
          <input autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('cases.directory.phone')} problem={problems.phone}>
          <input
            type="tel"
            autoComplete="off"
            placeholder="(021) 555-0101"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
          />
        </Field>
      </div>
      <Field label={t('cases.directory.address')}>
        <input autoComplete="off" value={address} onChange={(e) => setAddress(e.target.value)} />
      </Field>
      <Field label={t('cases.directory.notes')}>
        <textarea rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </Field>
      <FormActions
        submitLabel={t('cases.common.save')}
        busy={submit.busy}
        error={submit.error}
        onCancel={props.onCancel}
      />
    </form>
  );
}
