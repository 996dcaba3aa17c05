import { useTranslation } from 'react-i18next';
import type { CaseIdentifying } from '../../../shared/domain';
import { Field } from './Field';
import type { FieldProblems } from '../../../shared/api/field-problems';

export interface IdentifyingValues {
  name: string;
  phone: string;
  address: string;
  nik: string;
}

export const EMPTY_IDENTIFYING: IdentifyingValues = { name: '', phone: '', address: '', nik: '' };

export function identifyingValues(identifying: CaseIdentifying | undefined): IdentifyingValues {
  return {
    name: identifying?.name ?? '',
    phone: identifying?.phone ?? '',
    address: identifying?.address ?? '',
    nik: identifying?.nik ?? '',
  };
}

/** Only what was filled in; an empty field is not stored at all. */
export function toIdentifying(values: IdentifyingValues): CaseIdentifying {
  const out: CaseIdentifying = {};
  if (values.name.trim()) out.name = values.name.trim();
  if (values.phone.trim()) out.phone = values.phone.trim();
  if (values.address.trim()) out.address = values.address.trim();
  if (values.nik.trim()) out.nik = values.nik.trim();
  return out;
}

/**
 * Name, phone, address and NIK: all optional (seed 003: clients fear stigma and may stay
 * anonymous), encrypted like the rest of the case.
 */
export function IdentifyingFields(props: {
  values: IdentifyingValues;
  onChange: (values: IdentifyingValues) => void;
  /** The request's problems by path: these fields are under `identifying`. */
  problems: FieldProblems;
}): React.JSX.Element {
  const { t } = useTranslation();
  const set = (key: keyof IdentifyingValues) => (e: React.ChangeEvent<HTMLInputElement>) =>
    props.onChange({ ...props.values, [key]: e.target.value });
  return (
    <div className="identifying">
      <Field label={t('cases.identifying.name')}>
        <input autoComplete="off" value={props.values.name} onChange={set('name')} />
      </Field>
      <Field label={t('cases.identifying.phone')} problem={props.problems['identifying.phone']}>
        <input
          type="tel"
          autoComplete="off"
          placeholder="0812-3456-7890"
          value={props.values.phone}
          onChange={set('phone')}
        />
      </Field>
      <Field label={t('cases.identifying.address')}>
        <input autoComplete="off" value={props.values.address} onChange={set('address')} />
      </Field>
      <Field
        label={t('cases.identifying.nik')}
        hint={t('cases.identifying.nikHint')}
        problem={props.problems['identifying.nik']}
      >
        <input
          inputMode="numeric"
          autoComplete="off"
          value={props.values.nik}
          onChange={set('nik')}
        />
      </Field>
    </div>
  );
}
