import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HOUSEHOLD_NEED_LABELS,
  HOUSEHOLD_RELATION_LABELS,
  HouseholdNeed,
  HouseholdRelation,
  labelText,
} from '../../../../shared/domain';
import { DateField } from '../../components/DateField';
import { Field } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { useLanguage } from '../../ui/dates';
import { useFieldProblems } from '../../ui/use-field-problems';
import { memberInput, type MemberValues } from './member-values';

/** Adds a member or changes one: alias, relation, needs, and optional identifying details. */
export function MemberForm(props: {
  /** The case the member belongs to: the form checks against the core's own rules for it. */
  caseId: string;
  initial: MemberValues;
  title: string;
  busy: boolean;
  error: unknown;
  onSave: (input: ReturnType<typeof memberInput>) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const [v, setValues] = useState<MemberValues>(props.initial);
  // Adding and changing a member share the field rules; the add request carries them all.
  const fields = useFieldProblems('household.add');
  const { problems, showRefused } = fields;
  useEffect(() => showRefused(props.error), [props.error, showRefused]);
  const set = (patch: Partial<MemberValues>) => setValues((old) => ({ ...old, ...patch }));

  function toggleNeed(need: HouseholdNeed, on: boolean): void {
    const others = v.needs.filter((n) => n !== need);
    set({
      needs: on ? HouseholdNeed.options.filter((n) => n === need || others.includes(n)) : others,
    });
  }

  function save(event: React.FormEvent): void {
    event.preventDefault();
    const input = memberInput(v);
    if (fields.check({ caseId: props.caseId, ...input })) props.onSave(input);
  }

  return (
    <form className="panel member-form" onSubmit={save} noValidate>
      <h3>{props.title}</h3>
      <div className="row">
        <Field
          label={t('household.alias')}
          hint={t('household.aliasHint')}
          problem={problems.alias}
        >
          <input
            autoComplete="off"
            value={v.alias}
            onChange={(e) => set({ alias: e.target.value })}
          />
        </Field>
        <Field label={t('household.relation')}>
          <select
            value={v.relation}
            onChange={(e) => set({ relation: HouseholdRelation.parse(e.target.value) })}
          >
            {HouseholdRelation.options.map((r) => (
              <option key={r} value={r}>
                {labelText(HOUSEHOLD_RELATION_LABELS[r], language)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className="member-needs">
        <legend>{t('household.needs')}</legend>
        {HouseholdNeed.options.map((need) => (
          <label key={need} className="inline">
            <input
              type="checkbox"
              checked={v.needs.includes(need)}
              onChange={(e) => toggleNeed(need, e.target.checked)}
            />
            {labelText(HOUSEHOLD_NEED_LABELS[need], language)}
          </label>
        ))}
      </fieldset>
      <Field label={t('household.needsNote')}>
        <textarea
          rows={2}
          value={v.needsNote}
          onChange={(e) => set({ needsNote: e.target.value })}
        />
      </Field>
      <fieldset className="sensitive">
        <legend>{t('household.identifying')}</legend>
        <p className="hint">{t('household.identifyingHint')}</p>
        <div className="row">
          <Field label={t('household.name')}>
            <input
              autoComplete="off"
              value={v.name}
              onChange={(e) => set({ name: e.target.value })}
            />
          </Field>
          <DateField
            className="field"
            label={t('household.birthDate')}
            problem={problems['identifying.birthDate']}
            value={v.birthDate}
            onChange={(birthDate) => set({ birthDate })}
          />
          <Field
            label={t('household.nik')}
            hint={t('cases.identifying.nikHint')}
            problem={problems['identifying.nik']}
          >
            <input
              inputMode="numeric"
              autoComplete="off"
              value={v.nik}
              onChange={(e) => set({ nik: e.target.value })}
            />
          </Field>
        </div>
      </fieldset>
      <FormActions
        submitLabel={t('household.save')}
        busy={props.busy}
        error={props.error}
        onCancel={props.onCancel}
      />
    </form>
  );
}
